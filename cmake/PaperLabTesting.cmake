# paperlab_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [TIMEOUT s])
# One QTest executable = one ctest test, run offscreen.
# Plugin tests (paperlab_add_plugin_test) land next to the others.
set(PAPERLAB_TEST_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin")

function(paperlab_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "paperlab_add_test(${name}): unexpected ${arg_UNPARSED_ARGUMENTS}")
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    # <paperlab/comparenear.h>: header-only, so Qt-free model tests need no test library.
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/core/testing/include")
    paperlab_set_warnings(${name})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin")
    add_test(NAME ${name} COMMAND ${name})
    paperlab_isolate_directory_tests()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        # The host finds the shared QML modules relative to bin/, which tests/bin is not.
        ENVIRONMENT
            "QT_QPA_PLATFORM=offscreen;PAPERLAB_PLUGIN_PATH=;QML_IMPORT_PATH=${QT_QML_OUTPUT_DIRECTORY}")
endfunction()


