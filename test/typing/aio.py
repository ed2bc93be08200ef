"""stencila_hub.aio: the async twins return what the sync methods return, awaited."""

import asyncio
from typing import List, Optional

from typing_extensions import assert_type

from stencila_hub import (
    AgaveJob,
    AgaveJobSummary,
    Configuration,
    InlineObject4,
    JobRequest,
    V1Job,
    aio,
)
from stencila_hub.aio import AsyncStreamedResponse


async def main() -> None:
    async with aio.AsyncApiClient(Configuration(access_token="t")) as client:
        agave = aio.AgaveJobsApi(client)
        assert_type(await agave.get("j"), AgaveJob)
        assert_type(await agave.list(), List[AgaveJobSummary])
        request = JobRequest(name="n", app_id="a", inputs={}, parameters={}, archive=False)
        assert_type((await agave.submit(request)).id, str)
        assert_type(await agave.download_output("j", "out/a.txt"), bytes)
        stream = await agave.download_output("j", "out/a.txt", _stream=True)
        assert_type(stream, AsyncStreamedResponse)
        async for chunk in stream.iter_bytes():
            assert_type(chunk, bytes)
        async for job in aio.pages.offset(agave.list, limit=10):
            print(job)
        hub = aio.JobsApi(client)
        assert_type(await hub.jobs_partial_update(1, InlineObject4(status="RUNNING")),
                    Optional[InlineObject4])
        batch = aio.BatchV1Api(client)
        assert_type(await batch.read_namespaced_job_status("pi", "default"), V1Job)


asyncio.run(main())
