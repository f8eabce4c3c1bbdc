Imodule example.invalid/fixture/service

go 1.21

require (
	github.com/gorilla/mux v1.8.0
	github.com/Masterminds/semver/v3 v3.2.1
	github.com/docker/docker v24.0.7+incompatible
	example.invalid/fixture/local v0.0.0
)

require (
	golang.org/x/sys v0.13.0 // indirect
	github.com/pkg/errors v0.9.1 // indirect
)

replace example.invalid/fixture/local => ../local

replace github.com/pkg/errors v0.9.1 => github.com/pkg/errors v0.9.0
