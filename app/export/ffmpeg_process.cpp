#include "export/ffmpeg_process.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT: POSIX declares it nowhere

namespace app {

namespace {

// The last non-empty line of ffmpeg's messages: with -loglevel error, that is the one that says why.
std::string lastLine(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    const size_t start = text.find_last_of('\n');
    return start == std::string::npos ? text : text.substr(start + 1);
}

} // namespace

void ignoreBrokenPipes() {
    static const bool once = [] {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        sigaction(SIGPIPE, &ignore, nullptr);
        return true;
    }();
    (void)once;
}

FfmpegProcess::FfmpegProcess(const std::vector<std::string>& arguments) {
    ignoreBrokenPipes();
    std::FILE* messages = std::tmpfile(); // unnamed: nobody else can open or replace it
    if (!messages) {
        m_startError =
            std::string("cannot create a file for ffmpeg's messages (") + std::strerror(errno) + ")";
        return;
    }
    m_messages = ::fcntl(::fileno(messages), F_DUPFD_CLOEXEC, 0);
    std::fclose(messages);
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        m_startError = std::string("cannot make a pipe to ffmpeg (") + std::strerror(errno) + ")";
        return;
    }
    std::vector<std::string> argv{"ffmpeg"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> pointers;
    for (std::string& a : argv) pointers.push_back(a.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, m_messages, STDERR_FILENO);
    // ffmpeg gets the default SIGPIPE back, as from a shell.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    const int status = posix_spawnp(&m_pid, "ffmpeg", &actions, &attributes, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipeEnds[0]);
    if (status != 0) {
        m_pid = -1;
        ::close(pipeEnds[1]);
        m_startError = std::string("cannot start ffmpeg (") + std::strerror(status) + ")";
        return;
    }
    m_input = pipeEnds[1];
}

FfmpegProcess::~FfmpegProcess() {
    kill();
    if (m_messages >= 0) ::close(m_messages);
}

bool FfmpegProcess::write(const void* data, size_t size) {
    if (m_input < 0) return false;
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(m_input, bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false; // EPIPE: ffmpeg has stopped
        bytes += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

std::string FfmpegProcess::messages() const {
    if (m_messages < 0) return {};
    std::string text;
    char buffer[4096];
    off_t offset = 0;
    for (ssize_t n; (n = ::pread(m_messages, buffer, sizeof buffer, offset)) > 0; offset += n)
        text.append(buffer, static_cast<size_t>(n));
    return text;
}

std::string FfmpegProcess::finish() {
    if (m_pid <= 0) return m_startError.empty() ? "ffmpeg is not running" : m_startError;
    if (m_input >= 0) ::close(m_input);
    m_input = -1;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {}
    m_pid = -1;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    std::string what = WIFEXITED(status) ? "ffmpeg stopped with status " + std::to_string(WEXITSTATUS(status))
                       : WIFSIGNALED(status)
                           ? "ffmpeg was stopped by signal " + std::to_string(WTERMSIG(status))
                           : std::string("ffmpeg stopped");
    const std::string said = lastLine(messages());
    return said.empty() ? what : what + ": " + said;
}

void FfmpegProcess::kill() {
    if (m_input >= 0) ::close(m_input);
    m_input = -1;
    if (m_pid <= 0) return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {}
    m_pid = -1;
}

} // namespace app
