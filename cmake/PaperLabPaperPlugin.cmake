# paperlab_add_paper_plugin(): the one way to build a paper plugin, first-party or third-party.
#
#   paperlab_add_paper_plugin(<id>
#       CLASS_NAME <C++ root class>  VERSION <x.y.z>  NAME <short title>
#       PAPER_TITLE <full title>  AUTHORS <a> <b> ...  AWARD "Best Paper"|"Best Paper Runner-Up"|None
#       TRACK <track>  YEAR <yyyy>  [ARXIV <id>]
#       [PAPER_URL <url>] [CODE_URL <url>] [DATA_URL <url>] [PROJECT_URL <url>]
#       FINDING <one line>  [TAGS ...]  [RELATED <ids> ...]
#       SIMULATORS <id>=<name> ...
#       SOURCES ...  [QML_FILES ...]  [RESOURCES ...]  [LINK_LIBRARIES ...]
#       # for test fixtures only:
#       [TARGET <name>] [OUTPUT_NAME <file base>] [OUTPUT_DIRECTORY <dir>] [API_VERSION <x.y>] [NO_INSTALL])
#
# It generates the metadata JSON that QPluginLoader::metaData() reads (include it in the root
# class as Q_PLUGIN_METADATA(IID PAPERLAB_PAPER_PLUGIN_IID FILE "<id>.json")), builds a MODULE
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
#   PAPERLAB_QML_IMPORT_DIR           import path holding PaperLab/Charts, for QML tooling

function(_paperlab_json_string out value)
    string(REPLACE "\\" "\\\\" value "${value}")
    string(REPLACE "\"" "\\\"" value "${value}")
    string(REPLACE "\n" "\\n" value "${value}")
    string(REPLACE "\t" "\\t" value "${value}")
    set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

function(_paperlab_json_string_array out)
    set(items "")
    foreach(v IN LISTS ARGN)
        _paperlab_json_string(q "${v}")
        list(APPEND items "${q}")
    endforeach()
    list(JOIN items ", " joined)
    set(${out} "[${joined}]" PARENT_SCOPE)
endfunction()

function(paperlab_add_paper_plugin id)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL"
        "CLASS_NAME;VERSION;NAME;PAPER_TITLE;AWARD;TRACK;YEAR;ARXIV;PAPER_URL;CODE_URL;DATA_URL;PROJECT_URL;FINDING;TARGET;OUTPUT_NAME;OUTPUT_DIRECTORY;API_VERSION"
        "AUTHORS;TAGS;RELATED;SIMULATORS;SOURCES;QML_FILES;RESOURCES;LINK_LIBRARIES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT id MATCHES "^[a-z0-9]+(-[a-z0-9]+)*$")
        message(FATAL_ERROR "paperlab_add_paper_plugin: id '${id}' must be lowercase letters, digits and single hyphens")
    endif()
    foreach(required CLASS_NAME VERSION NAME PAPER_TITLE AUTHORS AWARD TRACK YEAR FINDING SIMULATORS SOURCES)
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
    string(REPLACE "-" ";" parts "${id}")
    set(name "")
    foreach(part IN LISTS parts)
        string(SUBSTRING "${part}" 0 1 first)
        string(SUBSTRING "${part}" 1 -1 rest)
        string(TOUPPER "${first}" first)
        string(APPEND name "${first}${rest}")
    endforeach()
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

    set(sims "")
    foreach(sim IN LISTS arg_SIMULATORS)
        if(NOT sim MATCHES "^([a-z0-9-]+)=(.+)$")
            message(FATAL_ERROR "paperlab_add_paper_plugin(${id}): SIMULATORS entry '${sim}' is not <id>=<name>")
        endif()
        _paperlab_json_string(sim_id "${CMAKE_MATCH_1}")
        _paperlab_json_string(sim_name "${CMAKE_MATCH_2}")
        list(APPEND sims "{\"Id\": ${sim_id}, \"Name\": ${sim_name}}")
    endforeach()
    list(JOIN sims ", " sims)

    foreach(key NAME PAPER_TITLE AWARD TRACK ARXIV PAPER_URL CODE_URL DATA_URL PROJECT_URL FINDING VERSION API_VERSION)
        _paperlab_json_string(j_${key} "${arg_${key}}")
    endforeach()
    _paperlab_json_string(j_id "${id}")
    _paperlab_json_string(j_uri "${uri}")
    _paperlab_json_string_array(j_authors ${arg_AUTHORS})
    _paperlab_json_string_array(j_tags ${arg_TAGS})
    _paperlab_json_string_array(j_related ${arg_RELATED})
    set(meta_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_metadata")
    file(GENERATE OUTPUT "${meta_dir}/${id}.json" CONTENT "{
    \"Id\": ${j_id},
    \"Name\": ${j_NAME},
    \"Version\": ${j_VERSION},
    \"ApiVersion\": ${j_API_VERSION},
    \"QmlModule\": ${j_uri},
    \"Paper\": {
        \"Title\": ${j_PAPER_TITLE},
        \"Authors\": ${j_authors},
        \"Award\": ${j_AWARD},
        \"Track\": ${j_TRACK},
        \"Year\": ${arg_YEAR},
        \"Arxiv\": ${j_ARXIV},
        \"Links\": { \"Paper\": ${j_PAPER_URL}, \"Code\": ${j_CODE_URL}, \"Data\": ${j_DATA_URL}, \"Project\": ${j_PROJECT_URL} }
    },
    \"Finding\": ${j_FINDING},
    \"Tags\": ${j_tags},
    \"Related\": ${j_related},
    \"Simulators\": [${sims}]
}
")

    qt_add_plugin(${target} MODULE CLASS_NAME ${arg_CLASS_NAME})
    target_sources(${target} PRIVATE ${arg_SOURCES})  # Qt 6.4 ignores sources given to qt_add_plugin
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
    # Pre-rendered equations (content/math/*.svg, committed with the Markdown) are always embedded.
    file(GLOB math_svgs CONFIGURE_DEPENDS RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}"
        "${CMAKE_CURRENT_SOURCE_DIR}/content/math/*.svg")
    list(APPEND arg_RESOURCES ${math_svgs})
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

    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "${arg_OUTPUT_NAME}"
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY "${arg_OUTPUT_DIRECTORY}"
        BUILD_RPATH "$ORIGIN/../.."
        INSTALL_RPATH "$ORIGIN/../..")
    if(NOT arg_NO_INSTALL)
        install(TARGETS ${target} LIBRARY DESTINATION "${PAPERLAB_PAPER_DIR}" COMPONENT paperlab)
    endif()
    set(PAPERLAB_LAST_PLUGIN_TARGET ${target} PARENT_SCOPE)
endfunction()
