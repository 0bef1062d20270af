# paperlab_add_plugin_test(): the tests of a paper plugin, in PaperLab's tree and out of it.
#
#   paperlab_add_plugin_test(<paper id>
#       [NAME <test name>] [SOURCES <QTest sources> ...] [LIBRARIES ...]
#       [STEPS <n>] [READOUTS <simulator id>=<key>,<key> ...]
#       [LABELS ...] [TIMEOUT <seconds>] [PLUGIN_TARGET <target>])
#
# Without SOURCES it adds the checks every plugin should pass. <id>_check loads the built
# plugin as the app does, runs every simulator with its defaults and every preset for STEPS
# steps (default 3), and requires finite readouts, including the READOUTS named for each
# simulator. <id>_views opens every view and the summary in PaperLab (PAPERLAB_EXECUTABLE)
# after STEPS steps and fails on any QML error, naming the file and line. With SOURCES it builds a Qt Test executable NAME from them, linked with
# PaperLab::testing (<paperlab/testing.h>), Qt6::Test, the plugin's SIMULATOR_SOURCES library
# if it has one, and LIBRARIES; PaperUnderTest's default constructor loads the plugin.
# Both run offscreen. Call enable_testing() in your top-level CMakeLists.txt first.

# paperlab_isolate_directory_tests(): every test of the calling directory (those added before
# and after the call) runs in the environment it needs, whatever the caller's shell holds: a
# fixed locale (texts and numbers are compared), the platform (offscreen, or X for tests
# labelled xvfb, which run under xvfb-run), the default Qt Quick backend and scale, and
# empty XDG directories of its own, so no test reads the user's settings or another test's.
# A test's own ENVIRONMENT entries come after these and win. Applied when the directory ends.
function(paperlab_isolate_directory_tests)
    get_property(scheduled DIRECTORY PROPERTY PAPERLAB_TESTS_ISOLATED)
    if(NOT scheduled)
        set_property(DIRECTORY PROPERTY PAPERLAB_TESTS_ISOLATED TRUE)
        cmake_language(DEFER CALL _paperlab_isolate_tests)
    endif()
endfunction()

function(_paperlab_isolate_tests)
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test IN LISTS tests)
        get_test_property(${test} LABELS labels)
        get_test_property(${test} ENVIRONMENT own)
        set(platform offscreen)
        if(labels AND "xvfb" IN_LIST labels)
            set(platform xcb)
        endif()
        set(home "${PROJECT_BINARY_DIR}/test-environment/${test}")
        file(MAKE_DIRECTORY "${home}/runtime")
        file(CHMOD "${home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
        set(environment
            "LC_ALL=C.UTF-8" "LANG=C.UTF-8" "LANGUAGE=" "QT_QPA_PLATFORM=${platform}"
            "QT_QUICK_BACKEND=" "QSG_RHI_BACKEND=" "QT_SCALE_FACTOR=" "QT_FONT_DPI="
            "XDG_CONFIG_HOME=${home}/config" "XDG_DATA_HOME=${home}/data"
            "XDG_CACHE_HOME=${home}/cache" "XDG_STATE_HOME=${home}/state"
            "XDG_RUNTIME_DIR=${home}/runtime")
        if(own)
            list(APPEND environment ${own})
        endif()
        set_tests_properties(${test} PROPERTIES ENVIRONMENT "${environment}")
    endforeach()
endfunction()

# <id>_views: every view of the plugin, and its summary, opened in PaperLab with --screenshot,
# which exits non-zero on a QML error and prints it. One app start per view, in one test.
function(_paperlab_add_view_test id plugin steps labels timeout)
    if(NOT PAPERLAB_EXECUTABLE)
        return()
    endif()
    get_target_property(views ${plugin} PAPERLAB_VIEW_IDS)
    set(work "${CMAKE_CURRENT_BINARY_DIR}/${id}_views")
    # A fresh configuration each run: a crash in an earlier run (which the crash guard records
    # there) must not disable the paper in this one.
    set(script "set -e\nrm -rf \"$3/config\"\n")
    foreach(view IN LISTS views)
        string(APPEND script "\"$1\" --plugin-dir \"$2\" --paper ${id} --tab simulator "
            "--simulator ${view} --steps ${steps} --screenshot \"$3/${view}.png\"\n")
    endforeach()
    string(APPEND script "\"$1\" --plugin-dir \"$2\" --paper ${id} --tab summary "
        "--screenshot \"$3/summary.png\"\n")
    file(CONFIGURE OUTPUT "${work}/check-views.sh" CONTENT "${script}")
    add_test(NAME ${id}_views COMMAND sh "${work}/check-views.sh" "${PAPERLAB_EXECUTABLE}"
        "$<TARGET_FILE_DIR:${plugin}>" "${work}")
    paperlab_isolate_directory_tests()
    # Settings of its own: PaperLab's crash guard must not take another run for a crash.
    set_tests_properties(${id}_views PROPERTIES TIMEOUT ${timeout} LABELS "${labels}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PAPERLAB_PLUGIN_PATH=;XDG_CONFIG_HOME=${work}/config")
endfunction()

function(paperlab_add_plugin_test id)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "NAME;STEPS;TIMEOUT;PLUGIN_TARGET"
        "SOURCES;LIBRARIES;READOUTS;LABELS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "paperlab_add_plugin_test(${id}): unexpected arguments: "
            "${arg_UNPARSED_ARGUMENTS}")
    endif()
    set(plugin "${arg_PLUGIN_TARGET}")
    if(NOT plugin)
        string(REPLACE "-" "_" suffix "${id}")
        set(plugin "paper_${suffix}")
    endif()
    if(NOT TARGET ${plugin})
        message(FATAL_ERROR "paperlab_add_plugin_test(${id}): no plugin target ${plugin}; call "
            "paperlab_add_paper_plugin(${id} ...) first")
    endif()
    if(NOT TARGET Qt6::Test)
        find_package(Qt6 REQUIRED COMPONENTS Test)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    # PaperLab's own sanitizer builds run slower and say by how much (PaperLabTesting.cmake).
    if(PAPERLAB_TEST_TIMEOUT_SCALE GREATER 1)
        math(EXPR arg_TIMEOUT "${arg_TIMEOUT} * ${PAPERLAB_TEST_TIMEOUT_SCALE}")
    endif()

    if(arg_SOURCES)
        if(NOT arg_NAME)
            message(FATAL_ERROR "paperlab_add_plugin_test(${id}): SOURCES needs a NAME")
        endif()
        set(name "${arg_NAME}")
        add_executable(${name} ${arg_SOURCES})
        if(TARGET ${plugin}_simulators)
            target_link_libraries(${name} PRIVATE ${plugin}_simulators)
        endif()
        target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
        set_target_properties(${name} PROPERTIES AUTOMOC ON)
        set(command ${name})
    else()
        set(name "${id}_check")
        if(arg_NAME)
            set(name "${arg_NAME}")
        endif()
        set(main "${CMAKE_CURRENT_BINARY_DIR}/${name}_main.cpp")
        file(CONFIGURE OUTPUT "${main}" CONTENT "\
// Generated by paperlab_add_plugin_test(${id}): do not edit.
#include <paperlab/testing.h>

int main(int argc, char **argv)
{
    return paperlab::testing::checkPluginMain(argc, argv);
}
")
        add_executable(${name} "${main}")
        if(NOT arg_STEPS)
            set(arg_STEPS 3)
        endif()
        set(command ${name} "$<TARGET_FILE:${plugin}>" --steps ${arg_STEPS})
        foreach(r IN LISTS arg_READOUTS)
            list(APPEND command --readouts "${r}")
        endforeach()
        _paperlab_add_view_test(${id} ${plugin} ${arg_STEPS} "${arg_LABELS}" ${arg_TIMEOUT})
    endif()
    target_link_libraries(${name} PRIVATE PaperLab::testing)
    target_compile_definitions(${name} PRIVATE
        PAPERLAB_TEST_PLUGIN_FILE="$<TARGET_FILE:${plugin}>")
    add_dependencies(${name} ${plugin})
    if(COMMAND paperlab_set_warnings)
        paperlab_set_warnings(${name})
    endif()
    if(PAPERLAB_TEST_OUTPUT_DIRECTORY)
        set_target_properties(${name} PROPERTIES
            RUNTIME_OUTPUT_DIRECTORY "${PAPERLAB_TEST_OUTPUT_DIRECTORY}")
    endif()
    add_test(NAME ${name} COMMAND ${command})
    paperlab_isolate_directory_tests()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PAPERLAB_PLUGIN_PATH=")
endfunction()
