# Run with -P: writes OUTPUT, a C++ source holding INPUT's bytes behind a function NAME().
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace parallax::embedded {\n"
  "namespace { constexpr char bytes[] = {${bytes} '\\0'}; }\n"
  "std::string_view ${NAME}() { return {bytes, sizeof bytes - 1}; }\n"
  "} // namespace parallax::embedded\n")
