# Writes OUT (core/build_version.h) with gongkai's version and the commit it is built from:
# "0.1.0-7b2c7b6" ("-dirty" when the tree has uncommitted changes), or "0.1.0" outside git.
# Run at every build (not only at configure time): the store's manifest compares this string,
# so a rebuild after a pull must change it or a rerun would skip files the new code reads
# differently. file(CONFIGURE) rewrites OUT only when the text changes, so an unchanged commit
# recompiles nothing.
cmake_minimum_required(VERSION 3.22)
execute_process(
  COMMAND git describe --always --dirty
  WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE describe
  OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE status
  ERROR_QUIET)
if(status EQUAL 0 AND describe)
  set(GONGKAI_BUILD_VERSION "${VERSION}-${describe}")
else()
  set(GONGKAI_BUILD_VERSION "${VERSION}")
endif()
file(CONFIGURE OUTPUT ${OUT} CONTENT "#define GONGKAI_BUILD_VERSION \"@GONGKAI_BUILD_VERSION@\"\n"
     @ONLY)
