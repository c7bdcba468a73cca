# The Markdown grammar (block and inline) from the npm registry, pinned by version and integrity,
# unpacked into the build tree at configure time. Nothing from it is committed.
set(PARALLAX_GRAMMAR_PACKAGE "@tree-sitter-grammars/tree-sitter-markdown")
set(PARALLAX_GRAMMAR_VERSION "0.3.2")
# npm integrity sha512-hQXCcDVvg2t4E8cn7zz6jjIBerzk9E9ZlHxJp5IrUOpY4s1YVpXJbMeWZks2/V7lmkPRnnkM8IrTbQ5ltwEOnA==
# in hex, as CMake's file(SHA512) prints it:
set(PARALLAX_GRAMMAR_SHA512
    "8505c270356f836b7813c727ef3cfa8e32017abce4f44f59947c49a7922b50ea58e2cd585695c96cc796664b36fd5ee59a43d19e790cf08ad36d0e65b7010e9c")
set(PARALLAX_GRAMMAR_TARBALL "" CACHE FILEPATH
    "A local copy of tree-sitter-grammars-tree-sitter-markdown-0.3.2.tgz (skips npm pack)")

set(_grammar_dir "${CMAKE_BINARY_DIR}/_deps/tree-sitter-markdown")
set(_tarball "${CMAKE_BINARY_DIR}/_deps/tree-sitter-grammars-tree-sitter-markdown-${PARALLAX_GRAMMAR_VERSION}.tgz")

if(PARALLAX_GRAMMAR_TARBALL)
  configure_file("${PARALLAX_GRAMMAR_TARBALL}" "${_tarball}" COPYONLY)
endif()
if(NOT EXISTS "${_tarball}")
  find_program(NPM_EXECUTABLE npm REQUIRED)
  file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/_deps")
  message(STATUS "Fetching ${PARALLAX_GRAMMAR_PACKAGE}@${PARALLAX_GRAMMAR_VERSION} with npm pack")
  execute_process(
    COMMAND "${NPM_EXECUTABLE}" pack "${PARALLAX_GRAMMAR_PACKAGE}@${PARALLAX_GRAMMAR_VERSION}"
            --pack-destination "${CMAKE_BINARY_DIR}/_deps" --silent
    RESULT_VARIABLE _npm_result OUTPUT_QUIET)
  if(NOT _npm_result EQUAL 0 OR NOT EXISTS "${_tarball}")
    message(FATAL_ERROR "npm pack ${PARALLAX_GRAMMAR_PACKAGE}@${PARALLAX_GRAMMAR_VERSION} failed "
                        "(${_npm_result}); run `make deps` or pass -DPARALLAX_GRAMMAR_TARBALL=...")
  endif()
endif()
file(SHA512 "${_tarball}" _actual)
if(NOT _actual STREQUAL PARALLAX_GRAMMAR_SHA512)
  file(REMOVE "${_tarball}")
  message(FATAL_ERROR "Integrity check failed for ${_tarball}: got sha512 ${_actual}")
endif()
if(NOT EXISTS "${_grammar_dir}/.unpacked-${PARALLAX_GRAMMAR_VERSION}")
  file(REMOVE_RECURSE "${_grammar_dir}")
  file(ARCHIVE_EXTRACT INPUT "${_tarball}" DESTINATION "${_grammar_dir}"
       PATTERNS "package/tree-sitter-markdown/src/*" "package/tree-sitter-markdown-inline/src/*"
                "package/LICENSE")
  file(TOUCH "${_grammar_dir}/.unpacked-${PARALLAX_GRAMMAR_VERSION}")
endif()

# Generated C code: compiled as C, without our warning flags.
foreach(_part IN ITEMS markdown markdown-inline)
  set(_src "${_grammar_dir}/package/tree-sitter-${_part}/src")
  string(REPLACE "-" "_" _target "tree_sitter_${_part}")
  add_library(${_target} STATIC "${_src}/parser.c" "${_src}/scanner.c")
  target_include_directories(${_target} PRIVATE "${_src}")
  set_target_properties(${_target} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
  # Generated code: no warnings, and no sanitizer instrumentation (it only slows the test build).
  target_compile_options(${_target} PRIVATE -w -O2 -fno-sanitize=all)
endforeach()
