# Install-relative directories. The build tree uses the same relative layout.
include(GNUInstallDirs)
set(PAPERLAB_PAPER_DIR "${CMAKE_INSTALL_LIBDIR}/paperlab/papers")
set(PAPERLAB_QML_DIR "${CMAKE_INSTALL_LIBDIR}/paperlab/qml")
set(PAPERLAB_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/PaperLab")
set(PAPERLAB_DATA_DIR "${CMAKE_INSTALL_DATADIR}/paperlab")

# The plugin API version comes from paperapi.h, so the metadata "ApiVersion" written by
# paperlab_add_paper_plugin() and the host's check can never disagree.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/../core/sdk/include/paperlab/paperapi.h" _paperlab_api
    REGEX "^#define PAPERLAB_API_VERSION_(MAJOR|MINOR) [0-9]+$")
string(REGEX REPLACE ".*MAJOR ([0-9]+).*" "\\1" _paperlab_api_major "${_paperlab_api}")
string(REGEX REPLACE ".*MINOR ([0-9]+).*" "\\1" _paperlab_api_minor "${_paperlab_api}")
if(NOT _paperlab_api_major MATCHES "^[0-9]+$" OR NOT _paperlab_api_minor MATCHES "^[0-9]+$")
    message(FATAL_ERROR "cannot read PAPERLAB_API_VERSION_MAJOR/MINOR from paperapi.h")
endif()
set(PAPERLAB_PAPER_API_VERSION "${_paperlab_api_major}.${_paperlab_api_minor}")
