# The fuzz targets (see fuzz/CMakeLists.txt), in a file of their own so that
# fuzz/standalone.cmake can include them too.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DEMARCHE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
if(NOT DEMARCHE_SANITIZE)
    message(WARNING "DEMARCHE_FUZZ without DEMARCHE_SANITIZE: the libraries are not instrumented for ASan/UBSan")
endif()

set(DEMARCHE_FUZZ_TARGETS plaintext jsonlines timeml reuters sentencesplitter temporaltagger extractor)
foreach(name IN LISTS DEMARCHE_FUZZ_TARGETS)
    add_executable(fuzz_${name} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzzinput.h)
    set_target_properties(fuzz_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_${name} PRIVATE demarche_io demarche_extract)
endforeach()
# Coverage feedback needs the code under test instrumented too, not just the harnesses.
foreach(library IN ITEMS demarche_core demarche_extract demarche_io)
    target_compile_options(${library} PRIVATE -fsanitize=fuzzer-no-link)
endforeach()
add_custom_target(fuzzers)
list(TRANSFORM DEMARCHE_FUZZ_TARGETS PREPEND fuzz_ OUTPUT_VARIABLE fuzz_executables)
add_dependencies(fuzzers ${fuzz_executables})
