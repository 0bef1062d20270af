# The papers' Qt-free models and their benchmarks.
#
# The numerical libraries (paperlab_math and each paper's model) are built twice on x86-64:
# for the baseline every Debian package must run on (SSE2), and for x86-64-v3 (AVX2, FMA), into the glibc-hwcaps/x86-64-v3 folder beside the baseline copy. The dynamic loader
# picks the second copy on a CPU that has those features (ld.so(8), "glibc-hwcaps"), so one
# package stays portable and trains at the CPU's speed. GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2
# makes it take the baseline copy, which is how the tests check both.
#
# Eigen chooses its alignment from the instruction set it sees; the two copies must agree on
# the layout of every Eigen object they share with code built for the baseline, and on who
# frees what, so paperlab_math fixes the alignment for all its users (core/math/CMakeLists.txt).
include(CheckCXXCompilerFlag)

set(_paperlab_variants_default OFF)
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64)$")
    check_cxx_compiler_flag("-march=x86-64-v3" PAPERLAB_HAVE_MARCH_X86_64_V3)
    set(_paperlab_variants_default ${PAPERLAB_HAVE_MARCH_X86_64_V3})
endif()
option(PAPERLAB_CPU_VARIANTS
    "Also build the numerical libraries for x86-64-v3 (AVX2, FMA), chosen at run time"
    ${_paperlab_variants_default})

# Where the papers' models live, relative to the prefix; paperlab_add_paper_plugin() adds it to
# each in-tree plugin's RPATH.
set(PAPERLAB_MODEL_DIR "${CMAKE_INSTALL_LIBDIR}/paperlab/models")
set(PAPERLAB_PAPER_EXTRA_RPATH "$ORIGIN/../models")

# paperlab_add_cpu_variant(<target> <install destination> <install component>)
# Builds the x86-64-v3 copy of the shared library <target>, defined in the calling directory,
# and installs it under <destination>/glibc-hwcaps/x86-64-v3.
function(paperlab_add_cpu_variant target destination component)
    if(NOT PAPERLAB_CPU_VARIANTS)
        return()
    endif()
    set(variant ${target}_x86_64_v3)
    get_target_property(sources ${target} SOURCES)
    add_library(${variant} SHARED ${sources})
    foreach(property IN ITEMS INCLUDE_DIRECTORIES COMPILE_DEFINITIONS COMPILE_OPTIONS
            LINK_LIBRARIES LINK_OPTIONS CXX_VISIBILITY_PRESET VISIBILITY_INLINES_HIDDEN
            VERSION SOVERSION AUTOMOC INSTALL_RPATH)
        get_target_property(value ${target} ${property})
        if(NOT value STREQUAL "value-NOTFOUND")
            set_property(TARGET ${variant} PROPERTY ${property} "${value}")
        endif()
    endforeach()
    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name ${target})
    endif()
    get_target_property(output_dir ${target} LIBRARY_OUTPUT_DIRECTORY)
    if(NOT output_dir)
        set(output_dir "${CMAKE_LIBRARY_OUTPUT_DIRECTORY}")
    endif()
    # Two folders deeper than the baseline copy, so its $ORIGIN-relative paths go two further up.
    get_target_property(rpath ${variant} INSTALL_RPATH)
    if(rpath)
        string(REPLACE "$ORIGIN" "$ORIGIN/../.." rpath "${rpath}")
        set_target_properties(${variant} PROPERTIES INSTALL_RPATH "${rpath}")
    endif()
    set_target_properties(${variant} PROPERTIES
        OUTPUT_NAME ${output_name}
        DEFINE_SYMBOL ${target}_EXPORTS  # what the export header of <target> looks for
        LIBRARY_OUTPUT_DIRECTORY "${output_dir}/glibc-hwcaps/x86-64-v3")
    target_compile_options(${variant} PRIVATE -march=x86-64-v3)
    # Whatever links <target> gets both copies built.
    add_dependencies(${target} ${variant})
    install(TARGETS ${variant}
        LIBRARY DESTINATION "${destination}/glibc-hwcaps/x86-64-v3" COMPONENT ${component}
        NAMELINK_SKIP)
endfunction()

# paperlab_add_paper_model(<target> SOURCES ... [LINK_LIBRARIES ...])
# A paper's Qt-free model (data, training, solvers): a shared library in PAPERLAB_MODEL_DIR,
# linked by the plugin, its simulators, tests and benchmark, and built per CPU level.
function(paperlab_add_paper_model target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LINK_LIBRARIES")
    add_library(${target} SHARED ${arg_SOURCES})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC PaperLab::math PRIVATE ${arg_LINK_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        AUTOMOC OFF
        LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${PAPERLAB_MODEL_DIR}"
        INSTALL_RPATH "$ORIGIN/../..")
    # The model's own calls stay inside the copy the loader chose, whatever else defines the
    # same inline (Eigen) functions.
    target_link_options(${target} PRIVATE "LINKER:-Bsymbolic-functions")
    paperlab_set_warnings(${target})
    install(TARGETS ${target} LIBRARY DESTINATION "${PAPERLAB_MODEL_DIR}" COMPONENT paperlab)
    paperlab_add_cpu_variant(${target} "${PAPERLAB_MODEL_DIR}" paperlab)
endfunction()

# paperlab_add_paper_benchmark(<name> SOURCES ... LIBRARIES ...)
# A paper's benchmark: run by hand or by benchmarks/run-all, never by ctest. It reports its
# measures with <paperlab/benchmeasure.h>.
function(paperlab_add_paper_benchmark name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBRARIES")
    if(NOT PAPERLAB_BUILD_BENCHMARKS)
        return()
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/benchmarks/include")
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    paperlab_set_warnings(${name})
endfunction()
