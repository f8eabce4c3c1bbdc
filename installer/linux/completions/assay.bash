# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for assay(1); installed to share/bash-completion/completions/assay.
# Keep in step with the parsers of app/*Command.cpp and installer/linux/assay.1.in.

_assay()
{
    local cur prev words cword
    _init_completion || return

    # The subcommand (and its action) are the first words that are neither options nor
    # values of options that take one.
    local value_opts='--data-dir|--bind|--port|--ref|--format|--output|--policy|--org-domain|--org-name|--detectors|--text|--scopes|--user|--role|--name|--expires-in-days|--since|--until|--repo|--lag-days'
    local i cmd='' action='' npos=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            -*) [[ ${words[i]} != *=* && ${words[i]} == @($value_opts) ]] && ((i++)) ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=${words[i]}
                elif [[ -z $action ]]; then
                    action=${words[i]}
                    npos=1
                else
                    ((npos++))
                fi
                ;;
        esac
    done

    case $prev in
        --data-dir)
            _filedir -d
            return
            ;;
        --output)
            _filedir
            return
            ;;
        --policy)
            COMPREPLY=($(compgen -W 'ci-default oss-release ma-strict' -- "$cur"))
            _filedir '@(yaml|yml|json)'
            return
            ;;
        --format)
            case $cmd in
                audit) COMPREPLY=($(compgen -W 'json sarif cyclonedx spdx html pdf csv md' -- "$cur")) ;;
                scan) COMPREPLY=($(compgen -W 'json text' -- "$cur")) ;;
                metrics) COMPREPLY=($(compgen -W 'jsonl csv' -- "$cur")) ;;
            esac
            return
            ;;
        --role)
            COMPREPLY=($(compgen -W 'admin analyst viewer' -- "$cur"))
            return
            ;;
        --scopes)
            COMPREPLY=($(compgen -W 'read:audits write:audits read:scans write:scans read:metrics write:metrics admin' -- "$cur"))
            return
            ;;
        --detectors)
            local prefix=''
            [[ $cur == *,* ]] && prefix=${cur%,*},
            COMPREPLY=($(compgen -P "$prefix" -W 'languages licenses secrets dependencies' -- "${cur##*,}"))
            compopt -o nospace
            return
            ;;
        --bind)
            COMPREPLY=($(compgen -W '127.0.0.1 0.0.0.0 ::1 :: localhost' -- "$cur"))
            return
            ;;
        --port | --ref | --org-domain | --org-name | --text | --user | --name | --expires-in-days | --since | --until | --repo | --lag-days)
            return
            ;;
    esac

    local opts
    case $cmd in
        '')
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W '--data-dir --bind --port --help --version' -- "$cur"))
            else
                COMPREPLY=($(compgen -W 'serve audit scan user token vulndb metrics backup restore' -- "$cur"))
            fi
            return
            ;;
        serve) opts='--bind --port --data-dir' ;;
        audit)
            opts='--ref --format --output --policy --org-domain --org-name --detectors --history --data-dir'
            if [[ $cur != -* && -z $action ]]; then
                _filedir -d
                return
            fi
            ;;
        scan)
            opts='--text --force-llm --format --data-dir'
            if [[ $cur != -* && -z $action ]]; then
                _filedir
                return
            fi
            ;;
        user)
            if [[ -z $action ]]; then
                COMPREPLY=($(compgen -W 'add passwd' -- "$cur"))
                return
            fi
            opts='--data-dir'
            [[ $action == add ]] && opts='--role --name --data-dir'
            ;;
        token)
            if [[ -z $action ]]; then
                COMPREPLY=($(compgen -W 'create' -- "$cur"))
                return
            fi
            opts='--scopes --user --expires-in-days --data-dir'
            ;;
        vulndb)
            if [[ -z $action ]]; then
                COMPREPLY=($(compgen -W 'import status' -- "$cur"))
                return
            fi
            if [[ $action == import && $cur != -* && $npos -eq 1 ]]; then
                _filedir
                return
            fi
            opts='--data-dir'
            ;;
        metrics)
            if [[ -z $action ]]; then
                COMPREPLY=($(compgen -W 'import kpis insights' -- "$cur"))
                return
            fi
            case $action in
                import)
                    if [[ $cur != -* && $npos -eq 1 ]]; then
                        _filedir '@(jsonl|ndjson|json|csv)'
                        return
                    fi
                    opts='--format --json --data-dir'
                    ;;
                kpis) opts='--since --until --repo --data-dir' ;;
                insights) opts='--since --until --lag-days --repo --data-dir' ;;
            esac
            ;;
        backup | restore)
            opts='--data-dir'
            if [[ $cur != -* && -z $action ]]; then
                _filedir '@(tar.gz|tgz)'
                return
            fi
            ;;
        *) return ;;
    esac
    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$opts" -- "$cur"))
} && complete -F _assay assay

# ex: filetype=sh
