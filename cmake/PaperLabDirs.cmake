# Install-relative directories. The build tree uses the same relative layout.
include(GNUInstallDirs)
set(PAPERLAB_PAPER_DIR "${CMAKE_INSTALL_LIBDIR}/paperlab/papers")
set(PAPERLAB_QML_DIR "${CMAKE_INSTALL_LIBDIR}/paperlab/qml")
set(PAPERLAB_PAPER_API_VERSION "1.0")
