# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.


from stencila_hub.models.hub_job import HubJob


class InlineObject3(HubJob):
    """The Hub job as `PUT /jobs/{id}/` (`jobs_update`) sends and receives it: a `HubJob` under the name the Hub's 4.0 client gave it (a subclass, the same fields). A decoded `InlineObject3` is accepted where an `InlineObject4` or a `HubJob` is expected.

    openapi.yaml (x-sdk-subclass-of): the fields, checks and decoding of :class:`HubJob`,
    under the name the spec gives this schema.
    """  # noqa: E501
