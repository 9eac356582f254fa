// Tests for our SFML backend for Dear ImGui. Pixel tests need an X display (SFML 2.5 aborts without
// one) and skip otherwise; input tests never touch GL, so they run headless.

#include "render/imgui_sfml.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <imgui.h>

namespace {

const sf::Vector2u kSize{256, 256};
constexpr float kDt = 1.0f / 60.0f;
constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;

#define REQUIRE_DISPLAY()                                                                                    \
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display (run under xvfb-run)"

// One ImGui frame that is ended without drawing: enough for input tests, no GL needed.
template <typename Body> void headlessFrame(render::ImGuiSfml& gui, Body&& body) {
    gui.newFrame(kSize, kDt);
    body();
    ImGui::EndFrame();
}

// Renders `frames` frames into a fresh render texture cleared to black and returns the pixels.
template <typename Body> sf::Image renderFrames(render::ImGuiSfml& gui, Body&& body, int frames = 2) {
    sf::RenderTexture target;
    EXPECT_TRUE(target.create(kSize.x, kSize.y));
    for (int i = 0; i < frames; ++i) {
        target.clear(sf::Color::Black);
        gui.newFrame(kSize, kDt);
        body();
        gui.render(target);
        target.display();
    }
    return target.getTexture().copyToImage();
}

void flatRedWindows() {
    ImGuiStyle& style = ImGui::GetStyle();
    style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 0, 0, 1);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
}

void fixedWindow(const char* name, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::Begin(name, nullptr, kFixedWindow);
}

sf::Event mouseButton(sf::Event::EventType type, ImVec2 at) {
    sf::Event e{};
    e.type = type;
    e.mouseButton = {sf::Mouse::Left, static_cast<int>(at.x), static_cast<int>(at.y)};
    return e;
}

sf::Event touch(sf::Event::EventType type, ImVec2 at) {
    sf::Event e{};
    e.type = type;
    e.touch = {0, static_cast<int>(at.x), static_cast<int>(at.y)};
    return e;
}

sf::Event key(sf::Event::EventType type, sf::Keyboard::Key code) {
    sf::Event e{};
    e.type = type;
    e.key.code = code;
    return e;
}

sf::Event text(sf::Uint32 unicode) {
    sf::Event e{};
    e.type = sf::Event::TextEntered;
    e.text.unicode = unicode;
    return e;
}

ImVec2 center(ImVec2 min, ImVec2 max) { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }

// Lays out one button window; returns whether it was clicked and stores the button centre.
bool buttonFrame(render::ImGuiSfml& gui, ImVec2* buttonCenter = nullptr) {
    bool clicked = false;
    headlessFrame(gui, [&] {
        fixedWindow("buttons", ImVec2(10, 10), ImVec2(150, 100));
        clicked = ImGui::Button("OK", ImVec2(80, 40));
        if (buttonCenter) *buttonCenter = center(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::End();
    });
    return clicked;
}

} // namespace

TEST(ImGuiBackend, WindowBackgroundLandsOnTheRightPixels) {
    REQUIRE_DISPLAY();
    render::ImGuiSfml gui;
    flatRedWindows();
    // Placed off-centre vertically so an upside-down render would be caught.
    const sf::Image image = renderFrames(gui, [] {
        fixedWindow("red", ImVec2(40, 20), ImVec2(100, 60));
        ImGui::End();
    });
    EXPECT_EQ(image.getPixel(90, 50), sf::Color::Red);
    EXPECT_EQ(image.getPixel(40, 20), sf::Color::Red);
    EXPECT_EQ(image.getPixel(139, 79), sf::Color::Red);
    EXPECT_EQ(image.getPixel(39, 50), sf::Color::Black);
    EXPECT_EQ(image.getPixel(90, 81), sf::Color::Black);
    EXPECT_EQ(image.getPixel(90, 256 - 50), sf::Color::Black);
    EXPECT_EQ(image.getPixel(200, 200), sf::Color::Black);
}

TEST(ImGuiBackend, ClipRectLimitsDrawingAndStateIsRestored) {
    REQUIRE_DISPLAY();
    render::ImGuiSfml gui;
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(kSize.x, kSize.y));
    sf::View customView(sf::FloatRect(10, 20, 300, 400));
    target.setView(customView);
    target.clear(sf::Color::Black);

    gui.newFrame(kSize, kDt);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(ImVec2(50, 60), ImVec2(150, 120));
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(256, 256), IM_COL32(0, 255, 0, 255));
    draw->PopClipRect();
    gui.render(target);

    // The target's view comes back untouched.
    EXPECT_EQ(target.getView().getCenter(), customView.getCenter());
    EXPECT_EQ(target.getView().getSize(), customView.getSize());
    // A later SFML draw must not be scissored by ImGui's last clip rect.
    target.setView(target.getDefaultView());
    sf::RectangleShape blueStripe({256, 10});
    blueStripe.setFillColor(sf::Color::Blue);
    blueStripe.setPosition(0, 240);
    target.draw(blueStripe);
    target.display();

    const sf::Image image = target.getTexture().copyToImage();
    EXPECT_EQ(image.getPixel(100, 90), sf::Color::Green);
    EXPECT_EQ(image.getPixel(50, 60), sf::Color::Green);
    EXPECT_EQ(image.getPixel(149, 119), sf::Color::Green);
    EXPECT_EQ(image.getPixel(49, 90), sf::Color::Black);
    EXPECT_EQ(image.getPixel(100, 59), sf::Color::Black);
    EXPECT_EQ(image.getPixel(150, 90), sf::Color::Black);
    EXPECT_EQ(image.getPixel(100, 120), sf::Color::Black);
    EXPECT_EQ(image.getPixel(10, 10), sf::Color::Black);
    EXPECT_EQ(image.getPixel(10, 245), sf::Color::Blue);
}

TEST(ImGuiBackend, SwedishLettersHaveGlyphsAndDrawPixels) {
    REQUIRE_DISPLAY();
    render::ImGuiSfml gui;
    ASSERT_TRUE(gui.loadFont(render::kDefaultFontPath, 24.0f));
    ImGui::GetStyle().Colors[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 1);
    ImVec2 textMin, textMax;
    const sf::Image image = renderFrames(gui, [&] {
        for (ImWchar c : {u'Å', u'ä', u'ö', u'é', u'–', u'…', u'“', u'”', u'’', u'€'})
            EXPECT_NE(ImGui::GetFont()->FindGlyphNoFallback(c), nullptr)
                << "missing glyph U+" << std::hex << c;
        fixedWindow("text", ImVec2(0, 0), ImVec2(256, 256));
        ImGui::TextUnformatted("Åäö");
        textMin = ImGui::GetItemRectMin();
        textMax = ImGui::GetItemRectMax();
        ImGui::End();
    });
    ASSERT_GT(textMax.x - textMin.x, 10.0f);
    int inked = 0;
    for (auto y = static_cast<unsigned>(textMin.y); y < static_cast<unsigned>(textMax.y); ++y)
        for (auto x = static_cast<unsigned>(textMin.x); x < static_cast<unsigned>(textMax.x); ++x)
            if (image.getPixel(x, y).r > 128) ++inked;
    EXPECT_GT(inked, 30);
}

TEST(ImGuiBackend, MissingFontFallsBackToBuiltIn) {
    render::ImGuiSfml gui;
    EXPECT_FALSE(gui.loadFont("/nonexistent/font.ttf", 16.0f));
    headlessFrame(gui, [] { EXPECT_FLOAT_EQ(ImGui::GetFontSize(), 16.0f); });
}

TEST(ImGuiBackend, FontIsRebuiltAtNewPixelSize) {
    render::ImGuiSfml gui;
    ASSERT_TRUE(gui.loadFont(render::kDefaultFontPath, 16.0f));
    headlessFrame(gui, [&] {
        EXPECT_FLOAT_EQ(ImGui::GetFontSize(), 16.0f);
        gui.setFontPixelSize(40.0f); // mid-frame: deferred to the next frame
    });
    headlessFrame(gui, [] {
        EXPECT_FLOAT_EQ(ImGui::GetFontSize(), 40.0f);
        EXPECT_NE(ImGui::GetFont()->FindGlyphNoFallback(u'Ö'), nullptr);
    });
}

TEST(ImGuiBackend, MouseClickIsDeliveredByEvents) {
    render::ImGuiSfml gui;
    ImVec2 button;
    EXPECT_FALSE(buttonFrame(gui, &button));
    gui.processEvent(mouseButton(sf::Event::MouseButtonPressed, button));
    EXPECT_FALSE(buttonFrame(gui)); // ImGui buttons fire on release
    EXPECT_TRUE(gui.wantsMouse());
    gui.processEvent(mouseButton(sf::Event::MouseButtonReleased, button));
    EXPECT_TRUE(buttonFrame(gui));
    EXPECT_FALSE(buttonFrame(gui));
}

TEST(ImGuiBackend, ClickWithinOneFrameIsNotLost) {
    render::ImGuiSfml gui;
    ImVec2 button;
    buttonFrame(gui, &button);
    gui.processEvent(mouseButton(sf::Event::MouseButtonPressed, button));
    gui.processEvent(mouseButton(sf::Event::MouseButtonReleased, button));
    EXPECT_FALSE(buttonFrame(gui)); // the latched press is seen first...
    EXPECT_TRUE(buttonFrame(gui));  // ...then the release, over the button
}

TEST(ImGuiBackend, TouchTapClicksAndThenLiftsThePointer) {
    render::ImGuiSfml gui;
    ImVec2 button;
    buttonFrame(gui, &button);
    gui.processEvent(touch(sf::Event::TouchBegan, button));
    gui.processEvent(touch(sf::Event::TouchEnded, button));
    EXPECT_FALSE(buttonFrame(gui));
    EXPECT_TRUE(buttonFrame(gui));
    EXPECT_TRUE(gui.wantsMouse());
    // Without a finger on the glass nothing should stay hovered.
    buttonFrame(gui);
    EXPECT_FALSE(ImGui::IsMousePosValid());
    EXPECT_FALSE(gui.wantsMouse());
}

// The pointer moved to `at`, then frames of the button window drawn.
void pointerThenFrames(render::ImGuiSfml& gui, sf::Vector2i at, int frames) {
    sf::Event move{};
    move.type = sf::Event::MouseMoved;
    move.mouseMove = {at.x, at.y};
    gui.processEvent(move);
    for (int i = 0; i < frames; ++i) buttonFrame(gui);
}

TEST(ImGuiBackend, MouseOutsideWindowsIsLeftToTheMap) {
    render::ImGuiSfml gui;
    pointerThenFrames(gui, {200, 200}, 2);
    EXPECT_FALSE(gui.wantsMouse());
    pointerThenFrames(gui, {20, 20}, 1);
    EXPECT_TRUE(gui.wantsMouse());
}

// A finger lands on a window the pointer never hovered: ImGui's own answer is still the last frame's (the
// map's), the window test answers for the point of the press.
TEST(ImGuiBackend, APressOnAWindowIsTheWindowsBeforeAnyFrameHasSeenIt) {
    render::ImGuiSfml gui;
    pointerThenFrames(gui, {200, 200}, 2);
    gui.processEvent(mouseButton(sf::Event::MouseButtonPressed, ImVec2(20, 20)));
    EXPECT_FALSE(gui.wantsMouse()) << "ImGui has not had a frame with the pointer on its window yet";
    EXPECT_TRUE(gui.hasWindowAt({20, 20}));
    EXPECT_TRUE(gui.hasWindowAt({159, 109})) << "the window's last pixel";
    EXPECT_FALSE(gui.hasWindowAt({200, 200}));
    EXPECT_FALSE(gui.hasWindowAt({5, 5})) << "outside the window, left of and above it";
}

TEST(ImGuiBackend, TypingAndBackspaceEditText) {
    render::ImGuiSfml gui;
    char buffer[32] = "";
    ImVec2 field;
    const auto frame = [&] {
        headlessFrame(gui, [&] {
            fixedWindow("edit", ImVec2(0, 0), ImVec2(200, 80));
            ImGui::InputText("##name", buffer, sizeof buffer);
            field = center(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            ImGui::End();
        });
    };
    frame();
    gui.processEvent(mouseButton(sf::Event::MouseButtonPressed, field));
    frame();
    gui.processEvent(mouseButton(sf::Event::MouseButtonReleased, field));
    frame();
    EXPECT_TRUE(gui.wantsKeyboard());
    for (sf::Uint32 c : {U'Å', U'b', U'\b'}) gui.processEvent(text(c)); // '\b' must arrive as a key
    frame();
    EXPECT_STREQ(buffer, "Åb");
    gui.processEvent(key(sf::Event::KeyPressed, sf::Keyboard::Backspace));
    frame();
    gui.processEvent(key(sf::Event::KeyReleased, sf::Keyboard::Backspace));
    frame();
    EXPECT_STREQ(buffer, "Å");
}

TEST(ImGuiBackend, ContextsAreIndependentAndReusable) {
    for (int round = 0; round < 3; ++round) {
        render::ImGuiSfml a;
        render::ImGuiSfml b;
        ASSERT_NE(a.context(), b.context());
        ImVec2 button;
        buttonFrame(a, &button);
        buttonFrame(b);
        a.processEvent(mouseButton(sf::Event::MouseButtonPressed, button));
        buttonFrame(b);
        buttonFrame(a);
        EXPECT_EQ(ImGui::GetCurrentContext(), a.context());
        EXPECT_TRUE(a.wantsMouse());
        EXPECT_FALSE(b.wantsMouse());
    }
}
