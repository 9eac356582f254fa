#include "map_image.hpp"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <cstring>

namespace render {

namespace {

// Keeps the bindings SFML believes in: it caches the bound texture and framebuffer.
class BindingGuard {
  public:
    BindingGuard() {
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_texture);
        glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &m_read);
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_draw);
    }
    ~BindingGuard() {
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(m_texture));
        glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(m_read));
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(m_draw));
    }
    BindingGuard(const BindingGuard&) = delete;
    BindingGuard& operator=(const BindingGuard&) = delete;
    [[nodiscard]] GLuint drawFramebuffer() const { return static_cast<GLuint>(m_draw); }

  private:
    GLint m_texture = 0, m_read = 0, m_draw = 0;
};

bool hasBlit() {
    GLint major = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    if (glGetError() == GL_NO_ERROR && major >= 3) return true;
    const auto* extensions = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return extensions && std::strstr(extensions, "GL_ARB_framebuffer_object");
}

} // namespace

bool MapImage::usable(sf::RenderTarget& target) {
    if (!target.setActive(true)) return false;
    if (m_blitSupport < 0) m_blitSupport = hasBlit() ? 1 : 0;
    if (m_blitSupport == 0) return false;
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLES, &samples);
    return samples == 0;
}

bool MapImage::restore(sf::RenderTarget& target, const std::vector<uint32_t>& signature) {
    if (m_signature.empty() || signature != m_signature || m_image.getSize() != target.getSize())
        return false;
    const sf::Vector2u size = target.getSize();
    const BindingGuard guard;
    // A framebuffer object belongs to one context, so one is made for each copy (cheap).
    GLuint source = 0;
    glGenFramebuffers(1, &source);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                           m_image.getNativeHandle(), 0);
    const bool complete = glCheckFramebufferStatus(GL_READ_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (complete) {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, guard.drawFramebuffer());
        const auto w = static_cast<GLint>(size.x), h = static_cast<GLint>(size.y);
        glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &source);
    if (!complete) m_signature.clear();
    return complete;
}

void MapImage::store(sf::RenderTarget& target, const std::vector<uint32_t>& signature) {
    const sf::Vector2u size = target.getSize();
    // Creating the texture may make SFML's shared context current: the target's comes back after.
    if ((m_image.getSize() != size && !m_image.create(size.x, size.y)) || !target.setActive(true)) {
        m_signature.clear();
        return;
    }
    const BindingGuard guard;
    // Reads the target's own framebuffer (its FBO, or the window's back buffer).
    glBindFramebuffer(GL_READ_FRAMEBUFFER, guard.drawFramebuffer());
    glBindTexture(GL_TEXTURE_2D, m_image.getNativeHandle());
    glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 0, 0, static_cast<GLsizei>(size.x),
                        static_cast<GLsizei>(size.y));
    m_signature = glGetError() == GL_NO_ERROR ? signature : std::vector<uint32_t>{};
}

} // namespace render
