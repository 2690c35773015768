# CMake generated Testfile for 
# Source directory: /work/main/src/templates
# Build directory: /work/main/build-asan/src/templates
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/src/templates/templates_test[1]_include.cmake")
