# SPDX-License-Identifier: GPL-3.0-or-later
# CTest (installer_install_tree): installs the build into a temporary prefix — the tree every
# package is made from — and checks that
#   - the files issue 13 asks for are there (binary, desktop entry, metainfo, icons, man page,
#     completions, systemd unit, copyright and notices);
#   - every command listed by `assay --help` is documented by the man page and completed by the
#     bash and zsh completions (so a new subcommand cannot be forgotten there);
#   - the installed `assay --version` is the project's version.
# Arguments: -DBUILD_DIR=… -DWORK_DIR=… -DVERSION=… -DAPP_ID=… -DSOURCE_DIR=…
cmake_minimum_required(VERSION 3.25)
foreach(v BUILD_DIR WORK_DIR VERSION APP_ID SOURCE_DIR)
    if(NOT DEFINED ${v})
        message(FATAL_ERROR "check-install-tree: -D${v}= is required")
    endif()
endforeach()

set(prefix "${WORK_DIR}/usr")
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

set(required
    bin/assay
    share/applications/assay.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/assay.svg
    share/man/man1/assay.1.gz
    share/bash-completion/completions/assay
    share/zsh/vendor-completions/_assay
    lib/systemd/system/assay.service
    share/doc/assay/copyright
    share/doc/assay/changelog.gz
    share/doc/assay/THIRD-PARTY-NOTICES
    share/doc/assay/setup.md
    share/doc/assay/third-party/nlohmann-json
    share/doc/assay/third-party/tomlplusplus
    share/doc/assay/third-party/spdx-license-list
    share/doc/assay/third-party/spdx-exceptions
    share/doc/assay/third-party/spdx-license-ids
    share/lintian/overrides/assay)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND required share/icons/hicolor/${size}x${size}/apps/assay.png)
endforeach()
set(missing)
foreach(f ${required})
    if(NOT EXISTS "${prefix}/${f}")
        list(APPEND missing ${f})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# The version the binary reports is the project's.
execute_process(COMMAND "${prefix}/bin/assay" --version OUTPUT_VARIABLE got OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT got STREQUAL "assay ${VERSION}")
    message(FATAL_ERROR "assay --version printed '${got}' (exit ${rc}), expected 'assay ${VERSION}'")
endif()

# The commands of `assay --help` (the lines of its "Commands:" block that start with two spaces
# and a lower-case word).
execute_process(COMMAND "${prefix}/bin/assay" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "assay --help failed (${rc})")
endif()
string(REGEX REPLACE ".*\nCommands:\n" "" commands_block "${help}")
string(REGEX REPLACE "\n\n.*" "" commands_block "${commands_block}")
string(REGEX MATCHALL "\n  [a-z]+|^  [a-z]+" heads "${commands_block}")
set(commands)
foreach(h ${heads})
    string(STRIP "${h}" h)
    list(APPEND commands ${h})
endforeach()
list(REMOVE_DUPLICATES commands)
list(LENGTH commands n)
if(n LESS 5)
    message(FATAL_ERROR "could not read the commands from assay --help:\n${help}")
endif()

# gzip-compressed man page: read the configured source next to the .gz in the build tree.
file(GLOB_RECURSE man "${BUILD_DIR}/installer/generated/assay.1")
file(READ "${man}" man_text)
file(READ "${prefix}/share/bash-completion/completions/assay" bash_text)
# bash: the word list offered when no command is typed yet
string(REGEX MATCH "compgen -W '(serve [^']*)'" _ "${bash_text}")
set(bash_commands " ${CMAKE_MATCH_1} ")
file(READ "${prefix}/share/zsh/vendor-completions/_assay" zsh_text)
set(undocumented)
foreach(c ${commands})
    if(NOT man_text MATCHES "\n(\\\\fB|\\.B )${c}[ \\\\\n]")
        list(APPEND undocumented "man page: ${c}")
    endif()
    if(NOT bash_commands MATCHES " ${c} ")
        list(APPEND undocumented "bash completion: ${c}")
    endif()
    if(NOT zsh_text MATCHES "'${c}:")
        list(APPEND undocumented "zsh completion: ${c}")
    endif()
endforeach()
if(undocumented)
    list(JOIN undocumented "\n  " lines)
    message(FATAL_ERROR "commands of assay --help that are not covered:\n  ${lines}")
endif()
message(STATUS "install tree complete: ${n} commands (${commands}) documented and completed; "
    "version ${VERSION}")
file(REMOVE_RECURSE "${WORK_DIR}")
