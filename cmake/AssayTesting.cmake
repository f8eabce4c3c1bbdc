# SPDX-License-Identifier: GPL-3.0-or-later
# assay_add_test(<name> SOURCES ... LIBS ... LABELS ...): one Qt Test executable registered with CTest.
# Tests run offscreen with their own temporary data directory; labels: unit, api, gui, e2e (bench is separate).
function(assay_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test assay_warnings ${T_LIBS})
    target_include_directories(${name} PRIVATE ${ASSAY_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # LSAN_OPTIONS only matters in the asan preset: third-party leaks listed in lsan.supp.
    set(_env "QT_QPA_PLATFORM=offscreen;ASSAY_TEST=1;ASSAY_SOURCE_DIR=${ASSAY_SOURCE_DIR}"
        "LSAN_OPTIONS=suppressions=${ASSAY_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
    if(TARGET assay)
        list(APPEND _env "ASSAY_BINARY=$<TARGET_FILE:assay>")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${_env}")
endfunction()
