# CMake generated Testfile for 
# Source directory: /work/main/src/pdf
# Build directory: /work/main/build-asan/src/pdf
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/src/pdf/pdf_test[1]_include.cmake")
