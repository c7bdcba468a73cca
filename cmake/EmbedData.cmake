# parallax_embed_data(TARGET NAME FILE): compiles FILE into TARGET as
#     namespace parallax::embedded { std::string_view NAME(); }
# so that lexicons and the gazetteer ship inside the binary: nothing is read or fetched at run
# time. Declare the function where it is used (or in a header of the plugin).
set(PARALLAX_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_file.cmake")

function(parallax_embed_data target name file)
  get_filename_component(file "${file}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${file} -DOUTPUT=${out} -DNAME=${name}
            -P "${PARALLAX_EMBED_SCRIPT}"
    DEPENDS "${file}" "${PARALLAX_EMBED_SCRIPT}"
    COMMENT "Embedding ${file}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
