"""Gaffer: every operation of GafferJobsApi."""

from typing_extensions import assert_type

from stencila_hub import (
    ApiClient,
    Configuration,
    GafferCommit,
    GafferJobInfo,
    GafferJobList,
    GafferJobsApi,
    GafferJobStats,
    GafferNumProcesses,
    GafferOk,
    GafferPid,
    GafferPids,
    GafferProcessConfig,
    GafferScale,
    GafferSessionJobList,
    GafferSignal,
)

api = GafferJobsApi(ApiClient(Configuration(host="http://127.0.0.1:5000")))

config = GafferProcessConfig(name="web", cmd="python", args=["app.py"])
assert_type(api.list(), GafferJobList)
assert_type(api.list_session("default"), GafferSessionJobList)
assert_type(api.create("default", config), GafferOk)
assert_type(api.exists("default", "web"), bool)
assert_type(api.get("default", "web"), GafferJobInfo)
assert_type(api.update("default", "web", config), GafferOk)
assert_type(api.delete("default", "web"), GafferOk)
assert_type(api.get_stats("default", "web"), GafferJobStats)
assert_type(api.get_numprocesses("default", "web"), GafferNumProcesses)
assert_type(api.get_pids("default", "web"), GafferPids)
assert_type(api.get_state("default", "web"), str)
assert_type(api.commit("default", "web", GafferCommit(graceful_timeout=10)), GafferPid)
assert_type(api.set_state("default", "web", "1"), GafferOk)
assert_type(api.scale("default", "web", GafferScale(scale="+1")), GafferNumProcesses)
assert_type(api.signal("default", "web", GafferSignal(signal="HUP")), GafferOk)
