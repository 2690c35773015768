# CMake generated Testfile for 
# Source directory: /work/main/tests
# Build directory: /work/main/build-asan/tests
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-asan/tests/kit_e2e_test[1]_include.cmake")
include("/work/main/build-asan/tests/resources_e2e_test[1]_include.cmake")
include("/work/main/build-asan/tests/legal_forms_e2e_test[1]_include.cmake")
include("/work/main/build-asan/tests/report_e2e_test[1]_include.cmake")
