# CMake generated Testfile for 
# Source directory: /work/main/src/kit
# Build directory: /work/main/build-asan/src/kit
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/src/kit/kit_test[1]_include.cmake")
