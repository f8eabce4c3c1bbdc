# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's warning flags; every Assay target links it.
add_library(assay_warnings INTERFACE)
target_compile_options(assay_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>)
target_compile_definitions(assay_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
