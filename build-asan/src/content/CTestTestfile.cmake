# CMake generated Testfile for 
# Source directory: /work/main/src/content
# Build directory: /work/main/build-asan/src/content
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/src/content/content_test[1]_include.cmake")
