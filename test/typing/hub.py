"""The Hub: the overseer's two calls."""

from typing import Any, Optional

from typing_extensions import assert_type

from stencila_hub import ApiClient, Configuration, InlineObject3, InlineObject4, JobsApi

config = Configuration.from_env("hub")
config2 = Configuration(
    host="https://hub.stenci.la/api", api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}
)
with ApiClient(config) as client:
    api = JobsApi(client)
    patched = api.jobs_partial_update(56, InlineObject4(status="RUNNING", worker="w1"))
    assert_type(patched, Optional[InlineObject4])
    job = api.jobs_update(56, InlineObject3(status="SUCCESS", status_message=None))
    assert_type(job, InlineObject3)
    assert_type(job.id, Optional[int])
    assert_type(job.status_message, Optional[str])
    info = api.jobs_update_with_http_info(56, InlineObject3(is_active=True, callback_id="c"))
    assert_type(info.data, InlineObject3)
    assert_type(info.status_code, int)

decoded = InlineObject3.from_dict({"id": 1, "status": "SUCCESS"})
assert_type(decoded, InlineObject3)
assert_type(InlineObject3.from_json('{"id": 1}'), InlineObject3)
assert_type(InlineObject3.from_dict(None), None)
assert_type(InlineObject3.from_json_or_none("null"), Optional[InlineObject3])
assert_type(decoded.to_dict(), dict[str, Any])
