# paperlab_add_paper_plugin(): the one way to build a paper plugin, first-party or third-party.
#
#   paperlab_add_paper_plugin(<id>
#       [CLASS_NAME <C++ root class>]  VERSION <x.y.z>  NAME <short title>
#       PAPER_TITLE <full title>  AUTHORS <a> <b> ...  AWARD "Best Paper"|"Best Paper Runner-Up"|None
#       TRACK <track>  YEAR <yyyy>  [ARXIV <id>]
#       [PAPER_URL <url>] [CODE_URL <url>] [DATA_URL <url>] [PROJECT_URL <url>]
#       FINDING <one line>  [TAGS ...]  [RELATED <ids> ...]
#       SIMULATORS <id>=<name>[|<view id>=<view name>...] ...
#       SOURCES ...  [SIMULATOR_SOURCES ...]  [QML_FILES ...]  [RESOURCES ...]  [LINK_LIBRARIES ...]
#       # for test fixtures only:
#       [TARGET <name>] [OUTPUT_NAME <file base>] [OUTPUT_DIRECTORY <dir>] [API_VERSION <x.y>]
#       [NO_INSTALL] [NO_PARAMETER_CHECK])
#
# Without CLASS_NAME (the standard root, API 1.1) it generates the root class, a
# paperlab::StandardPaperPlugin, and the header <papersimulators.h> with one constant per
# simulator id (paperlab::plugin::ids::<CamelCase id>) and the declaration of
# `paperlab::SimulatorList paperlab::plugin::simulators()`, which the plugin defines: that list
# is the plugin's whole root. Every view needs its QML file, <CamelCase view id>View.qml, in
# QML_FILES (a simulator without "|" views has one view with its own id), and Summary.qml too.
# With CLASS_NAME (API 1.0 style) the plugin writes its root itself.
#
# SIMULATOR_SOURCES (optional) are the simulators and the code they use, without QML types:
# they are compiled once into the static library <target>_simulators, which the plugin links
# and its tests link too (test executables then never compile a simulator a second time).
#
# parameters.json and presets.json are the RESOURCES at the module's root of those names (the
# standard root needs parameters.json). They are copied into the metadata ("Parameters",
# "Presets"), so that `paperlab --check-plugin` checks them without running the plugin, and a
# build step (paperlab-check-parameters) checks them as PaperLab does at load: a mistake fails
# the build with the file and key, e.g. `<dir>/presets.json: preset "fast": unknown parameter
# "gama"`. Editing either file re-runs the configuration.
#
# It generates the metadata JSON that QPluginLoader::metaData() reads (a hand-written root
# includes it as Q_PLUGIN_METADATA(IID PAPERLAB_PAPER_PLUGIN_IID FILE "<id>.json")), builds a MODULE
# named <id>.so, and embeds a QML module PaperLab.Papers.<CamelCase id> whose files sit at
# qrc:/qt/qml/PaperLab/Papers/<Name>/. In PaperLab's own tree the plugin goes to
# <build>/<libdir>/paperlab/papers, mirroring the install tree; with the installed SDK, to
# <build>/papers.
#
# The same file serves the source tree (included by the top-level CMakeLists.txt) and the
# installed SDK (included by PaperLabConfig.cmake). It reads these variables:
#   PAPERLAB_PAPER_API_VERSION        the "ApiVersion" written into the metadata
#   PAPERLAB_PAPER_DIR                install destination, relative to the install prefix
#   PAPERLAB_PAPER_OUTPUT_DIRECTORY   where the plugin is built; default
#                                     <project build dir>/${PAPERLAB_PAPER_DIR}
#   PAPERLAB_QML_IMPORT_DIR           import path of PaperLab.Charts and .Controls, for tooling
#   PAPERLAB_MATH_TYPESETTER          typeset-math.mjs, the bundled equation typesetter
#   PAPERLAB_MATH_TYPESETTER_TARGET   the target that builds it (source tree only)
#
# Equations: the $…$ and $$…$$ of every Markdown file in RESOURCES are typeset at build time by
# Node.js running PAPERLAB_MATH_TYPESETTER into <build>/<target>_math/<dir>/math/<key>.svg, and
# embedded at the resource path the app reads (<dir>/math/<key>.svg next to <dir>/<file>.md).
# It reruns when a Markdown file or the typesetter changes; a TeX error or an unmatched $ fails
# the build with <file>:<line>. -DPAPERLAB_TYPESET_MATH=OFF skips it: equations then show as
# "missing equation" markers. Markdown without math needs no Node.
option(PAPERLAB_TYPESET_MATH
    "Typeset the equations of explainers at build time (needs Node.js 18 or later)" ON)
find_program(PAPERLAB_NODE_EXECUTABLE NAMES node nodejs
    DOC "Node.js, which typesets the equations of explainers")

function(_paperlab_json_string out value)
    string(REPLACE "\\" "\\\\" value "${value}")
    string(REPLACE "\"" "\\\"" value "${value}")
    string(REPLACE "\n" "\\n" value "${value}")
    string(REPLACE "\t" "\\t" value "${value}")
    set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

# _paperlab_json_set(<json var> <path> <value>): sets a string member (or array element) of the
# JSON text in <json var>; <path> is a list of members and indices, e.g. "Paper;Title".
function(_paperlab_json_set var path value)
    _paperlab_json_string(quoted "${value}")
    string(JSON json SET "${${var}}" ${path} "${quoted}")
    set(${var} "${json}" PARENT_SCOPE)
endfunction()

# _paperlab_json_set_list(<json var> <path> <values>...): sets an array of strings.
function(_paperlab_json_set_list var path)
    string(JSON json SET "${${var}}" ${path} "[]")
    set(i 0)
    foreach(v IN LISTS ARGN)
        _paperlab_json_string(quoted "${v}")
        string(JSON json SET "${json}" ${path} ${i} "${quoted}") # an index at the end appends
        math(EXPR i "${i} + 1")
    endforeach()
    set(${var} "${json}" PARENT_SCOPE)
endfunction()

# _paperlab_resource_path(<out> <file>): where a RESOURCES file sits in the plugin's QML module:
# the name of a file from outside the current source directory, else its QT_RESOURCE_ALIAS if it
# has one, else its path relative to that directory (as the RESOURCES loop below places them).
function(_paperlab_resource_path out file)
    get_filename_component(abs "${file}" ABSOLUTE)
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
    get_source_file_property(alias "${file}" QT_RESOURCE_ALIAS)
    if(rel MATCHES "^\\.\\./")
        get_filename_component(rel "${file}" NAME)
    elseif(alias)
        set(rel "${alias}")
    endif()
    set(${out} "${rel}" PARENT_SCOPE)
endfunction()

# _paperlab_json_set_file(<json var> <member> <file>): sets a member to the JSON object in a
# file, and re-runs the configuration when the file changes.
function(_paperlab_json_set_file var member file)
    get_filename_component(file "${file}" ABSOLUTE)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    file(READ "${file}" content)
    string(JSON type ERROR_VARIABLE error TYPE "{\"file\": ${content}}" file)
    if(error)
        message(FATAL_ERROR "${file}: not valid JSON: ${error}")
    elseif(NOT type STREQUAL "OBJECT")
        message(FATAL_ERROR "${file}: the top level is not a JSON object")
    endif()
    string(JSON json SET "${${var}}" ${member} "${content}")
    set(${var} "${json}" PARENT_SCOPE)
endfunction()

# "llm-compare" → "LlmCompare", as StandardPaperPlugin::viewFile() does in C++.
function(_paperlab_camel_case out id)
    string(REPLACE "-" ";" parts "${id}")
    set(name "")
    foreach(part IN LISTS parts)
        string(SUBSTRING "${part}" 0 1 first)
        string(SUBSTRING "${part}" 1 -1 rest)
        string(TOUPPER "${first}" first)
        string(APPEND name "${first}${rest}")
    endforeach()
    set(${out} "${name}" PARENT_SCOPE)
endfunction()

# Why equations cannot be typeset here, or "" when they can.
function(_paperlab_typesetting_problem out)
    set(problem "")
    if(NOT PAPERLAB_NODE_EXECUTABLE OR NOT EXISTS "${PAPERLAB_NODE_EXECUTABLE}")
        set(problem "Node.js (node) is not installed")
    else()
        execute_process(COMMAND "${PAPERLAB_NODE_EXECUTABLE}" --version
            OUTPUT_VARIABLE node_version OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
        string(REGEX REPLACE "^v" "" node_version "${node_version}")
        if(NOT rc EQUAL 0 OR node_version VERSION_LESS 18)
            set(problem "${PAPERLAB_NODE_EXECUTABLE} is not Node.js 18 or later "
                "(it says '${node_version}')")
        elseif(NOT EXISTS "${PAPERLAB_MATH_TYPESETTER}"
               AND NOT PAPERLAB_MATH_TYPESETTER_TARGET)
            set(problem "the typesetter '${PAPERLAB_MATH_TYPESETTER}' is missing (reinstall "
                "paperlab-dev, or build PaperLab with PAPERLAB_TYPESET_MATH=ON)")
        endif()
    endif()
    set(${out} "${problem}" PARENT_SCOPE)
endfunction()

# _paperlab_typeset_math(<target> <id> <resource prefix> <Markdown file>...): embeds the
# typeset equations of the Markdown files (see the top of this file).
function(_paperlab_typeset_math target id prefix)
    if(NOT ARGN OR NOT PAPERLAB_TYPESET_MATH)
        return()
    endif()
    set(typeset_args "")
    set(markdown "")
    foreach(f IN LISTS ARGN)
        get_filename_component(abs "${f}" ABSOLUTE)
        file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
        if(rel MATCHES "^\\.\\./")    # embedded flat, as for the other resources
            get_filename_component(rel "${f}" NAME)
        endif()
        get_filename_component(resource_dir "${rel}" DIRECTORY)
        if(resource_dir STREQUAL "")
            set(resource_dir ".")
        endif()
        list(APPEND typeset_args --md "${abs}" "${resource_dir}")
        list(APPEND markdown "${abs}")
    endforeach()

    _paperlab_typesetting_problem(problem)
    if(problem)
        # Only Markdown with math needs Node: say so, and look again when it changes.
        foreach(md IN LISTS markdown)
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${md}")
            file(STRINGS "${md}" dollar_lines REGEX "\\$")
            if(dollar_lines)
                message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): ${md} has equations, "
                    "but ${problem}. Install Node.js:\n  sudo apt-get install nodejs\n"
                    "or configure with -DPAPERLAB_TYPESET_MATH=OFF to build without typeset "
                    "equations (they then show as \"missing equation\" markers).")
            endif()
        endforeach()
        return()
    endif()

    set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_math")
    set(math_cpp "${out}/qrc_math.cpp")
    add_custom_command(OUTPUT "${math_cpp}"
        COMMAND "${PAPERLAB_NODE_EXECUTABLE}" "${PAPERLAB_MATH_TYPESETTER}"
                --out "${out}" --prefix "${prefix}" ${typeset_args}
        COMMAND Qt6::rcc --name "${target}_math" --output "${math_cpp}" "${out}/math.qrc"
        DEPENDS ${markdown} "${PAPERLAB_MATH_TYPESETTER}" ${PAPERLAB_MATH_TYPESETTER_TARGET}
        COMMENT "Typesetting the equations of ${id}"
        VERBATIM)
    # rcc's initializer registers the equations when the plugin is loaded.
    target_sources(${target} PRIVATE "${math_cpp}")
endfunction()

# The standard root (a macro: it reads and sets paperlab_add_paper_plugin()'s variables).
macro(_paperlab_standard_root)
    set(arg_CLASS_NAME "${name}Plugin")
    set(qml_names "")
    foreach(f IN LISTS arg_QML_FILES)
        get_filename_component(n "${f}" NAME)
        list(APPEND qml_names "${n}")
    endforeach()
    if(NOT "Summary.qml" IN_LIST qml_names)
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): QML_FILES has no Summary.qml, "
            "the paper's summary and home-page thumbnail")
    endif()
    foreach(view_id IN LISTS view_ids)
        _paperlab_camel_case(view_camel "${view_id}")
        if(NOT "${view_camel}View.qml" IN_LIST qml_names)
            message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): QML_FILES has no "
                "${view_camel}View.qml, the view '${view_id}' of SIMULATORS (every view is "
                "<CamelCase view id>View.qml)")
        endif()
    endforeach()
    file(CONFIGURE OUTPUT "${meta_dir}/papersimulators.h" CONTENT "\
// Generated by paperlab_add_paper_plugin(${id}) from its SIMULATORS: do not edit.
#pragma once

#include <paperlab/standardpaperplugin.h>

namespace paperlab::plugin {

/// The simulator ids of CMakeLists.txt, so that the C++ sources never spell them again.
namespace ids {
${id_constants}}

/// The plugin's root: its simulators, one entry per id above. The plugin defines it.
SimulatorList simulators();

} // namespace paperlab::plugin
" @ONLY)
    file(CONFIGURE OUTPUT "${meta_dir}/paperroot.cpp" CONTENT "\
// Generated by paperlab_add_paper_plugin(${id}): the standard root class. Do not edit.
#include \"papersimulators.h\"

#include <QObject>

class ${arg_CLASS_NAME} final : public QObject, public paperlab::StandardPaperPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PAPERLAB_PAPER_PLUGIN_IID FILE \"${id}.json\")
    Q_INTERFACES(paperlab::PaperPlugin)

public:
    ${arg_CLASS_NAME}()
        : StandardPaperPlugin(QStringLiteral(\"${uri}\"), paperlab::plugin::simulators())
    {
    }
};

#include \"paperroot.moc\"
" @ONLY)
    list(APPEND arg_SOURCES "${meta_dir}/paperroot.cpp")
endmacro()

# The build step that checks parameters.json and presets.json as PaperLab does at load, with
# the author's file names in its errors; the plugin is not built until they pass. A stamp
# file, not POST_BUILD, so that a failed check fails every build until the files are fixed.
macro(_paperlab_check_parameters)
    set(check_args --metadata "${meta_dir}/${id}.json" --parameters "${parameters_file}")
    if(presets_file)
        list(APPEND check_args --presets "${presets_file}")
    endif()
    add_custom_command(OUTPUT "${meta_dir}/parameters.checked"
        COMMAND PaperLab::check_parameters ${check_args}
        COMMAND "${CMAKE_COMMAND}" -E touch "${meta_dir}/parameters.checked"
        DEPENDS PaperLab::check_parameters "${meta_dir}/${id}.json" "${parameters_file}"
                ${presets_file}
        COMMENT "Checking the parameters and presets of ${id}"
        VERBATIM)
    add_custom_target(${target}_parameter_check DEPENDS "${meta_dir}/parameters.checked")
    add_dependencies(${target} ${target}_parameter_check)
endmacro()

function(paperlab_add_paper_plugin id)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL;NO_PARAMETER_CHECK"
        "CLASS_NAME;VERSION;NAME;PAPER_TITLE;AWARD;TRACK;YEAR;ARXIV;PAPER_URL;CODE_URL;DATA_URL;PROJECT_URL;FINDING;TARGET;OUTPUT_NAME;OUTPUT_DIRECTORY;API_VERSION"
        "AUTHORS;TAGS;RELATED;SIMULATORS;SOURCES;SIMULATOR_SOURCES;QML_FILES;RESOURCES;LINK_LIBRARIES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT id MATCHES "^[a-z0-9]+(-[a-z0-9]+)*$")
        message(FATAL_ERROR "paperlab_add_paper_plugin: id '${id}' must be lowercase letters, digits and single hyphens")
    endif()
    foreach(required VERSION NAME PAPER_TITLE AUTHORS AWARD TRACK YEAR FINDING SIMULATORS SOURCES)
        if(NOT arg_${required})
            message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): ${required} is required")
        endif()
    endforeach()
    if(NOT arg_AWARD MATCHES "^(Best Paper|Best Paper Runner-Up|None)$")
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): AWARD must be \"Best Paper\", \"Best Paper Runner-Up\" or None")
    endif()
    if(NOT arg_YEAR MATCHES "^[0-9][0-9][0-9][0-9]$")
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): YEAR must be a four-digit year")
    endif()
    if(NOT arg_API_VERSION)
        set(arg_API_VERSION "${PAPERLAB_PAPER_API_VERSION}")
    endif()

    # gated-attention → GatedAttention, PaperLab.Papers.GatedAttention, paper_gated_attention
    _paperlab_camel_case(name "${id}")
    set(uri "PaperLab.Papers.${name}")
    set(uri_path "PaperLab/Papers/${name}")
    string(REPLACE "-" "_" target_suffix "${id}")
    set(target "paper_${target_suffix}")
    if(arg_TARGET)
        set(target "${arg_TARGET}")
    endif()
    if(NOT arg_OUTPUT_NAME)
        set(arg_OUTPUT_NAME "${id}")
    endif()
    if(NOT arg_OUTPUT_DIRECTORY AND PAPERLAB_PAPER_OUTPUT_DIRECTORY)
        set(arg_OUTPUT_DIRECTORY "${PAPERLAB_PAPER_OUTPUT_DIRECTORY}")
    elseif(NOT arg_OUTPUT_DIRECTORY)
        set(arg_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${PAPERLAB_PAPER_DIR}")
    endif()

    # The metadata that QPluginLoader::metaData() reads (PaperMetadata validates it).
    set(meta "{}")
    _paperlab_json_set(meta Id "${id}")
    _paperlab_json_set(meta Name "${arg_NAME}")
    _paperlab_json_set(meta Version "${arg_VERSION}")
    _paperlab_json_set(meta ApiVersion "${arg_API_VERSION}")
    _paperlab_json_set(meta QmlModule "${uri}")
    string(JSON meta SET "${meta}" Paper "{}")
    _paperlab_json_set(meta "Paper;Title" "${arg_PAPER_TITLE}")
    _paperlab_json_set_list(meta "Paper;Authors" ${arg_AUTHORS})
    _paperlab_json_set(meta "Paper;Award" "${arg_AWARD}")
    _paperlab_json_set(meta "Paper;Track" "${arg_TRACK}")
    string(JSON meta SET "${meta}" Paper Year "${arg_YEAR}")
    _paperlab_json_set(meta "Paper;Arxiv" "${arg_ARXIV}")
    string(JSON meta SET "${meta}" Paper Links "{}")
    foreach(link Paper Code Data Project)
        string(TOUPPER "${link}_URL" key)
        _paperlab_json_set(meta "Paper;Links;${link}" "${arg_${key}}")
    endforeach()
    _paperlab_json_set(meta Finding "${arg_FINDING}")
    _paperlab_json_set_list(meta Tags ${arg_TAGS})
    _paperlab_json_set_list(meta Related ${arg_RELATED})

    string(JSON meta SET "${meta}" Simulators "[]")
    set(id_constants "")
    set(view_ids "")
    set(s 0)
    foreach(sim IN LISTS arg_SIMULATORS)
        string(REPLACE "|" ";" sim_parts "${sim}")
        list(POP_FRONT sim_parts sim_head)
        if(NOT sim_head MATCHES "^([a-z0-9]+(-[a-z0-9]+)*)=(.+)$")
            message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): SIMULATORS entry '${sim}' is not <id>=<name>[|<view id>=<view name>...]")
        endif()
        set(sim_id "${CMAKE_MATCH_1}")
        string(JSON meta SET "${meta}" Simulators ${s} "{}")
        _paperlab_json_set(meta "Simulators;${s};Id" "${sim_id}")
        _paperlab_json_set(meta "Simulators;${s};Name" "${CMAKE_MATCH_3}")
        _paperlab_camel_case(sim_camel "${sim_id}")
        string(APPEND id_constants "inline const QString ${sim_camel} = QStringLiteral(\"${sim_id}\");\n")
        set(v 0)
        foreach(view IN LISTS sim_parts)
            if(NOT view MATCHES "^([a-z0-9]+(-[a-z0-9]+)*)=(.+)$")
                message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): view '${view}' of simulator '${sim_id}' is not <view id>=<view name>")
            endif()
            list(APPEND view_ids "${CMAKE_MATCH_1}")
            if(v EQUAL 0)
                string(JSON meta SET "${meta}" Simulators ${s} Views "[]")
            endif()
            string(JSON meta SET "${meta}" Simulators ${s} Views ${v} "{}")
            _paperlab_json_set(meta "Simulators;${s};Views;${v};Id" "${CMAKE_MATCH_1}")
            _paperlab_json_set(meta "Simulators;${s};Views;${v};Name" "${CMAKE_MATCH_3}")
            math(EXPR v "${v} + 1")
        endforeach()
        if(v EQUAL 0)
            list(APPEND view_ids "${sim_id}") # one view, with the simulator's id
        endif()
        math(EXPR s "${s} + 1")
    endforeach()
    # parameters.json and presets.json go into the metadata too, so that --check-plugin checks
    # them without running the plugin's code, and the registry reads them from there.
    set(parameters_file "")
    set(presets_file "")
    foreach(f IN LISTS arg_RESOURCES)
        _paperlab_resource_path(path "${f}")
        if(path STREQUAL "parameters.json")
            get_filename_component(parameters_file "${f}" ABSOLUTE)
        elseif(path STREQUAL "presets.json")
            get_filename_component(presets_file "${f}" ABSOLUTE)
        endif()
    endforeach()
    if(NOT parameters_file AND (presets_file OR NOT arg_CLASS_NAME))
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): RESOURCES has no parameters.json "
            "(an empty one is {\"parameters\": []})")
    endif()
    if(parameters_file)
        _paperlab_json_set_file(meta Parameters "${parameters_file}")
    endif()
    if(presets_file)
        _paperlab_json_set_file(meta Presets "${presets_file}")
    endif()
    set(meta_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_metadata")
    file(GENERATE OUTPUT "${meta_dir}/${id}.json" CONTENT "${meta}\n")

    if(NOT arg_CLASS_NAME)
        _paperlab_standard_root()
    endif()
    qt_add_plugin(${target} MODULE CLASS_NAME ${arg_CLASS_NAME})
    # Moc embeds the metadata in the root's source, but Ninja sees a new .moc only at the next
    # build: recompile the sources when the metadata changes, so that one build takes it in.
    set(root_sources ${arg_SOURCES})
    list(FILTER root_sources INCLUDE REGEX "\\.cpp$")
    set_property(SOURCE ${root_sources} APPEND PROPERTY OBJECT_DEPENDS "${meta_dir}/${id}.json")
    if(parameters_file AND NOT arg_NO_PARAMETER_CHECK)
        _paperlab_check_parameters()
    endif()
    target_sources(${target} PRIVATE ${arg_SOURCES})  # Qt 6.4 ignores sources given to qt_add_plugin
    if(arg_SIMULATOR_SOURCES)
        add_library(${target}_simulators STATIC ${arg_SIMULATOR_SOURCES})
        target_include_directories(${target}_simulators PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
        target_link_libraries(${target}_simulators PUBLIC PaperLab::core ${arg_LINK_LIBRARIES})
        set_target_properties(${target}_simulators PROPERTIES
            AUTOMOC ON POSITION_INDEPENDENT_CODE ON
            CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
        if(COMMAND paperlab_set_warnings)
            paperlab_set_warnings(${target}_simulators)
        endif()
        target_link_libraries(${target} PRIVATE ${target}_simulators)
    endif()
    # Moc is mandatory here (Q_PLUGIN_METADATA, and qt_add_qml_module's type registration), so
    # do not depend on the caller having run qt_standard_project_setup().
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
    target_include_directories(${target} PRIVATE "${meta_dir}")
    target_link_libraries(${target} PRIVATE PaperLab::core Qt6::Qml Qt6::Quick ${arg_LINK_LIBRARIES})
    if(COMMAND paperlab_set_warnings)
        paperlab_set_warnings(${target})
    endif()

    foreach(f IN LISTS arg_QML_FILES)   # qml/Simulator.qml → qrc:/qt/qml/<uri_path>/Simulator.qml
        get_filename_component(n "${f}" NAME)
        set_source_files_properties("${f}" PROPERTIES QT_RESOURCE_ALIAS "${n}")
    endforeach()
    set(markdown "${arg_RESOURCES}")
    list(FILTER markdown INCLUDE REGEX "\\.md$")
    _paperlab_typeset_math(${target} ${id} "/qt/qml/${uri_path}" ${markdown})
    foreach(f IN LISTS arg_RESOURCES)     # keep relative paths; files from elsewhere go flat
        get_filename_component(abs "${f}" ABSOLUTE)
        file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
        if(rel MATCHES "^\\.\\./")
            get_filename_component(n "${f}" NAME)
            set_source_files_properties("${f}" PROPERTIES QT_RESOURCE_ALIAS "${n}")
        endif()
    endforeach()
    set(qml_args "")
    if(arg_QML_FILES)
        list(APPEND qml_args QML_FILES ${arg_QML_FILES})
    endif()
    if(arg_RESOURCES)
        list(APPEND qml_args RESOURCES ${arg_RESOURCES})
    endif()
    set(import_args "")
    if(PAPERLAB_QML_IMPORT_DIR)
        set(import_args IMPORT_PATH "${PAPERLAB_QML_IMPORT_DIR}")
    endif()
    qt_add_qml_module(${target}
        URI ${uri}
        VERSION 1.0
        NO_PLUGIN
        RESOURCE_PREFIX /qt/qml
        OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/${target}_qml/${uri_path}"
        ${import_args}
        ${qml_args})

    # The libraries' folder; in this source tree also the papers' model folder.
    set(rpath "$ORIGIN/../..")
    if(PAPERLAB_PAPER_EXTRA_RPATH)
        list(APPEND rpath "${PAPERLAB_PAPER_EXTRA_RPATH}")
    endif()
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "${arg_OUTPUT_NAME}"
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY "${arg_OUTPUT_DIRECTORY}"
        BUILD_RPATH "${rpath}"
        INSTALL_RPATH "${rpath}")
    if(NOT arg_NO_INSTALL)
        install(TARGETS ${target} LIBRARY DESTINATION "${PAPERLAB_PAPER_DIR}" COMPONENT paperlab)
    endif()
    # For paperlab_add_plugin_test(), which opens every view.
    set_target_properties(${target} PROPERTIES PAPERLAB_PAPER_ID "${id}"
        PAPERLAB_VIEW_IDS "${view_ids}")
    set(PAPERLAB_LAST_PLUGIN_TARGET ${target} PARENT_SCOPE)
endfunction()
