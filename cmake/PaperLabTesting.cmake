# paperlab_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [TIMEOUT s])
# One QTest executable = one ctest test, run offscreen.
# Plugin tests (paperlab_add_plugin_test) land next to the others.
set(PAPERLAB_TEST_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin")
# The sanitizer presets run everything several times slower: each test's time limit, and
# QtTest's limit per test function, are multiplied by this.
set(PAPERLAB_TEST_TIMEOUT_SCALE 1 CACHE STRING "Multiplies every test's time limit")

# paperlab_scaled_timeout(<variable> <seconds>): <seconds> times PAPERLAB_TEST_TIMEOUT_SCALE.
function(paperlab_scaled_timeout variable seconds)
    math(EXPR scaled "${seconds} * ${PAPERLAB_TEST_TIMEOUT_SCALE}")
    set(${variable} ${scaled} PARENT_SCOPE)
endfunction()

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
    paperlab_scaled_timeout(timeout ${arg_TIMEOUT})
    set(environment "QT_QPA_PLATFORM=offscreen;PAPERLAB_PLUGIN_PATH=")
    # The host finds the shared QML modules relative to bin/, which tests/bin is not.
    list(APPEND environment "QML_IMPORT_PATH=${QT_QML_OUTPUT_DIRECTORY}")
    if(PAPERLAB_TEST_TIMEOUT_SCALE GREATER 1)
        paperlab_scaled_timeout(functionSeconds 300) # QtTest's default limit per function
        list(APPEND environment "QTEST_FUNCTION_TIMEOUT=${functionSeconds}000")
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "${environment}")
endfunction()

# paperlab_add_view_test(<name> PAPER <plugin target> SOURCES ... [LABELS ...])
# A paper's view in the app's main window (a test::ViewTestCase, tests/shell/viewtestcase.h),
# judged by its pixels: once offscreen (Qt Quick's software renderer) and, where xvfb-run is
# installed, again as <name>_xvfb on a real X screen with the default OpenGL backend.
find_program(PAPERLAB_XVFB_RUN xvfb-run)
function(paperlab_add_view_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "PAPER" "SOURCES;LABELS")
    paperlab_add_test(${name} SOURCES ${arg_SOURCES}
        "${PROJECT_SOURCE_DIR}/tests/shell/viewtestcase.h"
        LIBRARIES paperlab_app LABELS ${arg_LABELS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/shell")
    target_compile_definitions(${name} PRIVATE
        PAPERLAB_PAPER_BUILD_DIR="${PROJECT_BINARY_DIR}/${PAPERLAB_PAPER_DIR}")
    add_dependencies(${name} ${arg_PAPER})
    if(PAPERLAB_XVFB_RUN)
        add_test(NAME ${name}_xvfb
            COMMAND "${PAPERLAB_XVFB_RUN}" -a -s "-screen 0 1280x1024x24" $<TARGET_FILE:${name}>)
        paperlab_scaled_timeout(timeout 120)
        set_tests_properties(${name}_xvfb PROPERTIES
            TIMEOUT ${timeout}
            LABELS "${arg_LABELS};xvfb"
            ENVIRONMENT "PAPERLAB_PLUGIN_PATH=;QML_IMPORT_PATH=${QT_QML_OUTPUT_DIRECTORY}")
    endif()
endfunction()

# paperlab_add_baseline_cpu_test(<test>)
# Runs <test> a second time, as <test>_baseline, with the CPU's AVX2 hidden from the dynamic
# loader, so that it takes the baseline copies of the numerical libraries instead of the
# x86-64-v3 ones (cmake/PaperLabModels.cmake): both paths pass the same assertions.
function(paperlab_add_baseline_cpu_test name)
    if(NOT PAPERLAB_CPU_VARIANTS)
        return()
    endif()
    add_test(NAME ${name}_baseline COMMAND ${name})
    foreach(property IN ITEMS TIMEOUT LABELS ENVIRONMENT WORKING_DIRECTORY)
        get_test_property(${name} ${property} value)
        if(value)
            set_tests_properties(${name}_baseline PROPERTIES ${property} "${value}")
        endif()
    endforeach()
    set_property(TEST ${name}_baseline APPEND PROPERTY ENVIRONMENT
        "GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2" "PAPERLAB_EXPECT_BASELINE=1")
endfunction()

# paperlab_add_fuzzer(<name> SOURCES ... [LIBRARIES ...] CORPUS <file or dir> ...
#                     [DICTIONARY <file>] [LABELS ...])
# A fuzz target: SOURCES define LLVMFuzzerTestOneInput() for one reader of outside input, and
# CORPUS names its seeds: the project's real files of that kind, and a committed directory of
# hand-made inputs and of every input that once crashed. With PAPERLAB_FUZZ (the "fuzz"
# preset: clang, libFuzzer, AddressSanitizer and UBSan) it is a libFuzzer executable that
# tests/fuzz/run.sh runs. Otherwise it is linked with a replay main(), and the test
# fuzz_<name> feeds it every seed once, so a crash found by fuzzing stays fixed.
set(PAPERLAB_FUZZ_REPLAY "${CMAKE_CURRENT_LIST_DIR}/../tests/fuzz/replay.cpp")
function(paperlab_add_fuzzer name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "DICTIONARY" "SOURCES;LIBRARIES;CORPUS;LABELS")
    set(target fuzz_${name})
    if(PAPERLAB_FUZZ)
        add_executable(${target} ${arg_SOURCES})
        target_link_options(${target} PRIVATE -fsanitize=fuzzer)
        if(NOT TARGET paperlab_fuzzers)
            add_custom_target(paperlab_fuzzers)
        endif()
        add_dependencies(paperlab_fuzzers ${target})
        # run.sh reads each target's seeds and dictionary from here.
        set(inputs "")
        foreach(seed IN LISTS arg_CORPUS)
            string(APPEND inputs "seed ${seed}\n")
        endforeach()
        if(arg_DICTIONARY)
            string(APPEND inputs "dictionary ${arg_DICTIONARY}\n")
        endif()
        file(WRITE "${PROJECT_BINARY_DIR}/tests/fuzz/${target}.inputs" "${inputs}")
    else()
        add_executable(${target} ${arg_SOURCES} "${PAPERLAB_FUZZ_REPLAY}")
        add_test(NAME ${target} COMMAND ${target} ${arg_CORPUS})
        set_tests_properties(${target} PROPERTIES TIMEOUT 120 LABELS "fuzz;${arg_LABELS}")
        paperlab_isolate_directory_tests()
    endif()
    target_link_libraries(${target} PRIVATE ${arg_LIBRARIES})
    paperlab_set_warnings(${target})
    set_target_properties(${target} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/fuzz")
endfunction()
