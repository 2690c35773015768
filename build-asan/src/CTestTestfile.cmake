# CMake generated Testfile for 
# Source directory: /work/main/src
# Build directory: /work/main/build-asan/src
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("base")
subdirs("content")
subdirs("templates")
subdirs("document")
subdirs("markup")
subdirs("layout")
subdirs("pdf")
subdirs("kit")
subdirs("app")
