// JSON string quoting (RFC 8259): the one escaping routine of the emit stage.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::emit {

std::string json_string(std::string_view text);

}  // namespace gongkai::emit
