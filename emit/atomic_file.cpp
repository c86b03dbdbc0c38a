#include "emit/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <regex>
#include <stdexcept>
#include <streambuf>
#include <system_error>
#include <utility>

namespace gongkai::emit {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMarker = ".gongkai-tmp-";

std::atomic<unsigned long> next_temporary{0};

std::string reason(int error) {
  return std::generic_category().message(error);
}

}  // namespace

fs::path temporary_path(const fs::path& target) {
  fs::path temp = target;
  temp += std::string(kMarker) + std::to_string(::getpid()) + "-" +
          std::to_string(next_temporary.fetch_add(1));
  return temp;
}

bool is_temporary_name(std::string_view name) {
  if (name.find(kMarker) != std::string_view::npos) return true;
  // Earlier versions: NAME.json.tmp-PID and NAME.sqlite.tmp-PID (never NAME.tmp/, which a user's
  // own file may be called).
  static const std::regex legacy(R"(.*\.(json|csv|sqlite)\.tmp-[0-9]+)");
  return std::regex_match(name.begin(), name.end(), legacy);
}

// An ostream buffer over a file descriptor that keeps the first errno of a failed write.
class AtomicFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd) { setp(data_.data(), data_.data() + data_.size()); }
  ~Buffer() override {
    if (fd_ >= 0) ::close(fd_);
  }
  int error() const { return error_; }

  // Writes what is buffered and closes; false (with error()) on failure.
  bool finish() {
    if (sync() != 0) return false;
    int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0 && error_ == 0) error_ = errno;
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  int sync() override {
    const char* p = pbase();
    while (p < pptr() && error_ == 0) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0)
        error_ = errno;
      else
        p += n;
    }
    setp(data_.data(), data_.data() + data_.size());
    return error_ == 0 ? 0 : -1;
  }

 private:
  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> data_;
};

AtomicFile::AtomicFile(fs::path target)
    : target_(std::move(target)), temp_(temporary_path(target_)) {
  int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw std::runtime_error(target_.string() + ": cannot write: " + reason(errno));
  buffer_ = std::make_unique<Buffer>(fd);
  out_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.reset();
  buffer_.reset();
  std::error_code ignored;
  fs::remove(temp_, ignored);
}

std::ostream& AtomicFile::stream() {
  return *out_;
}

void AtomicFile::commit() {
  out_->flush();
  if (!buffer_->finish())
    throw std::runtime_error(target_.string() + ": cannot write: " + reason(buffer_->error()));
  if (!*out_) throw std::runtime_error(target_.string() + ": cannot write");
  std::error_code ec;
  fs::rename(temp_, target_, ec);
  if (ec) throw std::runtime_error(target_.string() + ": cannot write: " + ec.message());
  committed_ = true;
}

AtomicDir::AtomicDir(fs::path target) : target_(std::move(target)), temp_(temporary_path(target_)) {
  std::error_code ec;
  fs::create_directory(temp_, ec);
  if (ec) throw std::runtime_error(target_.string() + ": cannot create: " + ec.message());
}

AtomicDir::~AtomicDir() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temp_, ignored);
}

void AtomicDir::commit() {
  std::error_code ec;
  fs::remove_all(target_, ec);
  if (!ec) fs::rename(temp_, target_, ec);
  if (ec) throw std::runtime_error(target_.string() + ": cannot write: " + ec.message());
  committed_ = true;
}

}  // namespace gongkai::emit
