# CMake generated Testfile for 
# Source directory: /work/main/src/document
# Build directory: /work/main/build-asan/src/document
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/src/document/document_test[1]_include.cmake")
