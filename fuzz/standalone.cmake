# Adds fuzz/ to a Demarche build whose top-level CMakeLists.txt does not (yet) include it: pass
# -DCMAKE_PROJECT_Demarche_INCLUDE=<src>/fuzz/standalone.cmake -DDEMARCHE_FUZZ=ON. The call is
# deferred to the end of the top-level file, so the libraries and options exist by then.
macro(demarche_add_fuzz_folder)
    if(DEMARCHE_FUZZ AND NOT TARGET fuzzers)
        include(${CMAKE_SOURCE_DIR}/fuzz/fuzzers.cmake)
    endif()
endmacro()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL demarche_add_fuzz_folder)
