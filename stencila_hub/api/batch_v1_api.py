# coding: utf-8
# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""BatchV1Api: the operations of openapi.yaml tagged `batch_v1`.

Each method checks its arguments, then calls :meth:`stencila_hub.api_client.ApiClient.call` with an
:class:`~stencila_hub.api_client.Operation` built once, at import.
"""

from __future__ import annotations

from datetime import date, datetime  # noqa: F401
from typing import (  # noqa: F401
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
    overload,
)

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.api_client import (  # noqa: F401
    ApiClient,
    ApiResponse,
    Operation,
    Param,
    StreamedResponse,
    TimeoutArg,
)
from stencila_hub.exceptions import ApiValueError  # noqa: F401
from stencila_hub.retry import RetryPolicy

if TYPE_CHECKING:  # the models in the signatures, for type checkers only: at run time an
    # Operation names its types and they are imported at first use (importing JobsApi does not
    # build InlineObject4 for a caller who only PUTs).
    # The async classes' client: aiohttp is an optional extra, imported only by stencila_hub.aio.
    from stencila_hub.aio.api_client import AsyncApiClient, AsyncStreamedResponse
    from stencila_hub.models import *  # noqa: F403

_list_job_for_all_namespaces = Operation(
    name="list_job_for_all_namespaces",
    method="GET",
    path="/apis/batch/v1/jobs",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    query_params=(
        Param("pretty", "pretty", (str,)),
        Param("allow_watch_bookmarks", "allowWatchBookmarks", (bool,)),
        Param("_continue", "continue", (str,)),
        Param("field_selector", "fieldSelector", (str,)),
        Param("label_selector", "labelSelector", (str,)),
        Param("limit", "limit", (int,)),
        Param("resource_version", "resourceVersion", (str,)),
        Param("resource_version_match", "resourceVersionMatch", (str,)),
        Param("send_initial_events", "sendInitialEvents", (bool,)),
        Param("shard_selector", "shardSelector", (str,)),
        Param("timeout_seconds", "timeoutSeconds", (int,)),
        Param("watch", "watch", (bool,)),
    ),
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1JobList",
        "400": "V1Status",
        "401": "V1Status",
        "403": "V1Status",
        "410": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)
_list_namespaced_job = Operation(
    name="list_namespaced_job",
    method="GET",
    path="/apis/batch/v1/namespaces/{namespace}/jobs",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    path_params=(Param("namespace", "namespace", (str,), required=True),),
    query_params=(
        Param("pretty", "pretty", (str,)),
        Param("allow_watch_bookmarks", "allowWatchBookmarks", (bool,)),
        Param("_continue", "continue", (str,)),
        Param("field_selector", "fieldSelector", (str,)),
        Param("label_selector", "labelSelector", (str,)),
        Param("limit", "limit", (int,)),
        Param("resource_version", "resourceVersion", (str,)),
        Param("resource_version_match", "resourceVersionMatch", (str,)),
        Param("send_initial_events", "sendInitialEvents", (bool,)),
        Param("shard_selector", "shardSelector", (str,)),
        Param("timeout_seconds", "timeoutSeconds", (int,)),
        Param("watch", "watch", (bool,)),
    ),
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1JobList",
        "400": "V1Status",
        "401": "V1Status",
        "403": "V1Status",
        "410": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)
_patch_namespaced_job_status = Operation(
    name="patch_namespaced_job_status",
    method="PATCH",
    path="/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    path_params=(
        Param("name", "name", (str,), required=True),
        Param("namespace", "namespace", (str,), required=True),
    ),
    query_params=(
        Param("pretty", "pretty", (str,)),
        Param("dry_run", "dryRun", (str,)),
        Param("field_manager", "fieldManager", (str,)),
        Param("field_validation", "fieldValidation", (str,)),
    ),
    body="body",
    body_type=None,
    body_required=True,
    content_type="application/merge-patch+json",
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1Job",
        "201": "V1Job",
        "400": "V1Status",
        "401": "V1Status",
        "403": "V1Status",
        "404": "V1Status",
        "409": "V1Status",
        "415": "V1Status",
        "422": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)
_read_namespaced_job = Operation(
    name="read_namespaced_job",
    method="GET",
    path="/apis/batch/v1/namespaces/{namespace}/jobs/{name}",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    path_params=(
        Param("name", "name", (str,), required=True),
        Param("namespace", "namespace", (str,), required=True),
    ),
    query_params=(Param("pretty", "pretty", (str,)),),
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1Job",
        "401": "V1Status",
        "403": "V1Status",
        "404": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)
_read_namespaced_job_status = Operation(
    name="read_namespaced_job_status",
    method="GET",
    path="/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    path_params=(
        Param("name", "name", (str,), required=True),
        Param("namespace", "namespace", (str,), required=True),
    ),
    query_params=(Param("pretty", "pretty", (str,)),),
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1Job",
        "401": "V1Status",
        "403": "V1Status",
        "404": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)
_replace_namespaced_job_status = Operation(
    name="replace_namespaced_job_status",
    method="PUT",
    path="/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status",
    system="kubernetes",
    default_host=None,
    host_env="KUBERNETES_URL",
    path_params=(
        Param("name", "name", (str,), required=True),
        Param("namespace", "namespace", (str,), required=True),
    ),
    query_params=(
        Param("pretty", "pretty", (str,)),
        Param("dry_run", "dryRun", (str,)),
        Param("field_manager", "fieldManager", (str,)),
        Param("field_validation", "fieldValidation", (str,)),
    ),
    body="body",
    body_type="V1Job",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("BearerToken",),
    responses={
        "200": "V1Job",
        "201": "V1Job",
        "400": "V1Status",
        "401": "V1Status",
        "403": "V1Status",
        "404": "V1Status",
        "409": "V1Status",
        "422": "V1Status",
        "4XX": "V1Status",
        "5XX": "V1Status",
    },
)


class BatchV1Api:
    """BatchV1Api: methods for the operations tagged as above. Share one ApiClient.

    The system's server: none by default (set ``Configuration(host=...)`` or ``KUBERNETES_URL`` with ``Configuration.from_env("kubernetes")``).
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "kubernetes"

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def list_job_for_all_namespaces(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1JobList:
        """List or watch objects of kind Job.

        ``GET /apis/batch/v1/jobs``

        Lists the Jobs of every namespace the caller may read (`kubectl get jobs -A`); official operationId `listBatchV1JobForAllNamespaces`. As `list_namespaced_job`, with no namespace: the result is a `V1JobList` whose items come without `kind` and `apiVersion`. A caller allowed to list Jobs in some namespaces only gets 403 here (RBAC grants the cluster-wide list as a whole).  Paging: with `limit`, the server returns at most that many items and sets `metadata.continue` when more are left; pass that token as `_continue` (wire name `continue`) with the same other parameters to get the next page. An expired token gets 410 Gone (`reason: Expired`) with a fresh token in the `V1Status`'s `metadata.continue`.  Watch: with `watch=true` the server answers 200 with a stream that does not end until `timeoutSeconds` (or the server's own limit) passes: one JSON watch event per line (`{\"type\": \"ADDED\"|\"MODIFIED\"|\"DELETED\"|\"BOOKMARK\"|\"ERROR\", \"object\": ...}`, the official `io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent`; `object` is a Job, a BOOKMARK's holds only `metadata.resourceVersion`, an ERROR's is a `V1Status`), sent with `Content-Type: application/json;stream=watch` and chunked framing. The official document declares that content type with the `JobList` schema; the server sends events. This method decodes a whole body, so it refuses `watch=True` before sending (`ApiValueError`): call `list_job_for_all_namespaces_stream` (`x-sdk-watch`) for the body unread, or let `stencila_hub.kubernetes.watch_jobs` decode it, resume it and re-list on 410 Gone. A watch from a `resourceVersion` the server no longer keeps gets 410 Gone, either as the HTTP status or as an ERROR event with a `V1Status` of `code: 410` (the watch cache's answer).

        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param allow_watch_bookmarks: allowWatchBookmarks requests watch events with type \"BOOKMARK\". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
        :param _continue: The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client.
        :param field_selector: A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything.
        :param label_selector: A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything.
        :param limit: limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true.
        :param resource_version: resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset.
        :param resource_version_match: resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset.
        :param send_initial_events: `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic \"Bookmark\" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation).
        :param shard_selector: shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it.
        :param timeout_seconds: Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
        :param watch: Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_job_for_all_namespaces(): watch=True answers a stream of events; call list_job_for_all_namespaces_stream(), "
                "or stencila_hub.kubernetes.watch_jobs()"
            )
        return self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_job_for_all_namespaces_with_http_info(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1JobList]:
        """Like :meth:`list_job_for_all_namespaces`, with the status code, headers, raw body and the retries taken."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_job_for_all_namespaces(): watch=True answers a stream of events; call list_job_for_all_namespaces_stream(), "
                "or stencila_hub.kubernetes.watch_jobs()"
            )
        return self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_job_for_all_namespaces_stream(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> StreamedResponse:
        """Like :meth:`list_job_for_all_namespaces`, with a success body returned unread (``x-sdk-watch``).

        For ``watch=True``, whose answer is a stream of watch events that does not end: read it
        with :meth:`StreamedResponse.iter_bytes`, each read bounded by the read timeout, and close
        it. The call's deadline covers the exchange until the answer's head arrives. An error
        status raises its typed exception, as the other methods do.
        """
        return self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            True,
        )

    def list_namespaced_job(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1JobList:
        """List or watch objects of kind Job.

        ``GET /apis/batch/v1/namespaces/{namespace}/jobs``

        Lists the Jobs of a namespace (`kubectl get jobs -n <namespace>`); official operationId `listBatchV1NamespacedJob`. The result is a `V1JobList`; its items come without `kind` and `apiVersion` (the real server leaves them out of list items; the list itself has them).  Paging: with `limit`, the server returns at most that many items and sets `metadata.continue` when more are left; pass that token as `_continue` (wire name `continue`) with the same other parameters to get the next page. An expired token gets 410 Gone (`reason: Expired`) with a fresh token in the `V1Status`'s `metadata.continue`.  Watch: with `watch=true` the server answers 200 with a stream that does not end until `timeoutSeconds` (or the server's own limit) passes: one JSON watch event per line (`{\"type\": \"ADDED\"|\"MODIFIED\"|\"DELETED\"|\"BOOKMARK\"|\"ERROR\", \"object\": ...}`, the official `io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent`; `object` is a Job, a BOOKMARK's holds only `metadata.resourceVersion`, an ERROR's is a `V1Status`), sent with `Content-Type: application/json;stream=watch` and chunked framing. The official document declares that content type with the `JobList` schema; the server sends events. This method decodes a whole body, so it refuses `watch=True` before sending (`ApiValueError`): call `list_namespaced_job_stream` (`x-sdk-watch`) for the body unread, or let `stencila_hub.kubernetes.watch_jobs` decode it, resume it and re-list on 410 Gone. A watch from a `resourceVersion` the server no longer keeps gets 410 Gone, either as the HTTP status or as an ERROR event with a `V1Status` of `code: 410` (the watch cache's answer).

        :param namespace: object name and auth scope, such as for teams and projects (required)
        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param allow_watch_bookmarks: allowWatchBookmarks requests watch events with type \"BOOKMARK\". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
        :param _continue: The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client.
        :param field_selector: A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything.
        :param label_selector: A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything.
        :param limit: limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true.
        :param resource_version: resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset.
        :param resource_version_match: resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset.
        :param send_initial_events: `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic \"Bookmark\" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation).
        :param shard_selector: shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it.
        :param timeout_seconds: Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
        :param watch: Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_namespaced_job(): watch=True answers a stream of events; call list_namespaced_job_stream(), "
                "or stencila_hub.kubernetes.watch_jobs()"
            )
        return self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_namespaced_job_with_http_info(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1JobList]:
        """Like :meth:`list_namespaced_job`, with the status code, headers, raw body and the retries taken."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_namespaced_job(): watch=True answers a stream of events; call list_namespaced_job_stream(), "
                "or stencila_hub.kubernetes.watch_jobs()"
            )
        return self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_namespaced_job_stream(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> StreamedResponse:
        """Like :meth:`list_namespaced_job`, with a success body returned unread (``x-sdk-watch``).

        For ``watch=True``, whose answer is a stream of watch events that does not end: read it
        with :meth:`StreamedResponse.iter_bytes`, each read bounded by the read timeout, and close
        it. The call's deadline covers the exchange until the answer's head arrives. An error
        status raises its typed exception, as the other methods do.
        """
        return self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            True,
        )

    def patch_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            Dict[str, Any],
            Field(description='The merge patch, e.g. `{"status": {"conditions": [...]}}`.'),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. Optional for merge patches."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Partially update status of the specified Job.

        ``PATCH /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``

        Changes part of the status of a Job with a JSON merge patch (RFC 7386, Content-Type `application/merge-patch+json`); official operationId `patchBatchV1NamespacedJobStatus`. A merge patch sends only what the caller gives: `body` is a free-form object such as `{\"status\": {\"ready\": 1}}`; fields left out stay as stored, a field set to `None` (JSON `null`) is removed, and a list (e.g. `status.conditions`) is replaced as a whole. Changes outside `status` are ignored by the status subresource. Put `metadata.resourceVersion` in the patch to make it conditional: a stale one gets 409 Conflict.  The official client also offers JSON patch, strategic merge patch and server-side apply (and a `force` flag, only valid for apply); this operation sends merge patches only, so it has no `force` parameter (the server refuses `force` on a non-apply patch with 400). Success is 200 with the patched Job; 201 is listed by the official document and never sent for Jobs.

        :param name: name of the Job (required)
        :param namespace: object name and auth scope, such as for teams and projects (required)
        :param body: The merge patch, e.g. `{\"status\": {\"conditions\": [...]}}`. (required)
        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param dry_run: When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
        :param field_manager: fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. Optional for merge patches.
        :param field_validation: fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _patch_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def patch_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            Dict[str, Any],
            Field(description='The merge patch, e.g. `{"status": {"conditions": [...]}}`.'),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. Optional for merge patches."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Like :meth:`patch_namespaced_job_status`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _patch_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def read_namespaced_job(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Read the specified Job.

        ``GET /apis/batch/v1/namespaces/{namespace}/jobs/{name}``

        Reads one Job (`kubectl get job <name> -n <namespace>`); official operationId `readBatchV1NamespacedJob`. A Job that does not exist gets 404 with a `V1Status` (`reason: NotFound`).

        :param name: name of the Job (required)
        :param namespace: object name and auth scope, such as for teams and projects (required)
        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _read_namespaced_job,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def read_namespaced_job_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Like :meth:`read_namespaced_job`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _read_namespaced_job,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def read_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Read status of the specified Job.

        ``GET /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``

        Reads the status subresource of a Job; official operationId `readBatchV1NamespacedJobStatus`. The server answers with the whole Job (metadata, spec and status), the same object as `read_namespaced_job`.

        :param name: name of the Job (required)
        :param namespace: object name and auth scope, such as for teams and projects (required)
        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _read_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def read_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Like :meth:`read_namespaced_job_status`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _read_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def replace_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            V1Job,
            Field(
                description="The Job, with the new `status` (and `metadata.resourceVersion` for a conditional update)."
            ),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Replace status of the specified Job.

        ``PUT /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``

        Replaces the status of a Job; official operationId `replaceBatchV1NamespacedJobStatus`. The body is the whole Job, usually one just read and changed. What the server does with it: it takes `status` from the body and keeps the stored `spec` (spec changes sent here are ignored). When `metadata.resourceVersion` is set it must equal the stored one, otherwise the server answers 409 Conflict (`reason: Conflict`, \"the object has been modified; please apply your changes to the latest version and try again\"): read the Job again and retry. Without `metadata.resourceVersion` the update is unconditional. The `name` and `namespace` in the body's metadata, when set, must match the path (else 400 BadRequest).  Success is 200 with the stored Job. The official document also lists 201 \"Created\": a Job status is never created by PUT (a missing Job gets 404), so the real server answers 200; 201 is kept for compatibility with the official client and decodes the same way. With `dry_run='All'` nothing is stored and the answer shows what would have been.

        :param name: name of the Job (required)
        :param namespace: object name and auth scope, such as for teams and projects (required)
        :param body: The Job, with the new `status` (and `metadata.resourceVersion` for a conditional update). (required)
        :param pretty: If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
        :param dry_run: When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
        :param field_manager: fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
        :param field_validation: fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _replace_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def replace_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            V1Job,
            Field(
                description="The Job, with the new `status` (and `metadata.resourceVersion` for a conditional update)."
            ),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Like :meth:`replace_namespaced_job_status`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _replace_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )


class AsyncBatchV1Api:
    """The asyncio twin of :class:`BatchV1Api` (``stencila_hub.aio.BatchV1Api``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = BatchV1Api.system

    def __init__(self, api_client: Optional[AsyncApiClient] = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def list_job_for_all_namespaces(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1JobList:
        """List or watch objects of kind Job. (``GET /apis/batch/v1/jobs``): awaits :meth:`BatchV1Api.list_job_for_all_namespaces`."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_job_for_all_namespaces(): watch=True answers a stream of events; call list_job_for_all_namespaces_stream(), "
                "or stencila_hub.aio.watch_jobs()"
            )
        return await self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_job_for_all_namespaces_with_http_info(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1JobList]:
        """Awaits :meth:`BatchV1Api.list_job_for_all_namespaces_with_http_info`."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_job_for_all_namespaces(): watch=True answers a stream of events; call list_job_for_all_namespaces_stream(), "
                "or stencila_hub.aio.watch_jobs()"
            )
        return await self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_job_for_all_namespaces_stream(
        self,
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AsyncStreamedResponse:
        """Awaits :meth:`BatchV1Api.list_job_for_all_namespaces_stream`: read the answer with ``async for chunk in
        resp.iter_bytes()`` and close it."""
        return await self.api_client.call(
            _list_job_for_all_namespaces,
            {
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            True,
        )

    async def list_namespaced_job(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1JobList:
        """List or watch objects of kind Job. (``GET /apis/batch/v1/namespaces/{namespace}/jobs``): awaits :meth:`BatchV1Api.list_namespaced_job`."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_namespaced_job(): watch=True answers a stream of events; call list_namespaced_job_stream(), "
                "or stencila_hub.aio.watch_jobs()"
            )
        return await self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_namespaced_job_with_http_info(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1JobList]:
        """Awaits :meth:`BatchV1Api.list_namespaced_job_with_http_info`."""
        if watch:  # the answer would be a stream that does not end: it cannot decode whole
            raise ApiValueError(
                "list_namespaced_job(): watch=True answers a stream of events; call list_namespaced_job_stream(), "
                "or stencila_hub.aio.watch_jobs()"
            )
        return await self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_namespaced_job_stream(
        self,
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        allow_watch_bookmarks: Annotated[
            Optional[StrictBool],
            Field(
                description='allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.'
            ),
        ] = None,
        _continue: Annotated[
            Optional[StrictStr],
            Field(
                description="The continue option should be set when retrieving more results from the server (the `metadata.continue` of the previous page). Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. This field is not supported when watch is true. The Python argument is `_continue` (`continue` is a Python keyword), as in the official client. "
            ),
        ] = None,
        field_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their fields (e.g. `metadata.name=pi`, `status.successful=1`). Defaults to everything."
            ),
        ] = None,
        label_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="A selector to restrict the list of returned objects by their labels (e.g. `app=pi,tier!=batch`). Defaults to everything."
            ),
        ] = None,
        limit: Annotated[
            Optional[StrictInt],
            Field(
                description="limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. This field is not supported if watch is true. "
            ),
        ] = None,
        resource_version: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        resource_version_match: Annotated[
            Optional[StrictStr],
            Field(
                description="resourceVersionMatch determines how resourceVersion is applied to list calls (`Exact` or `NotOlderThan`). It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset. "
            ),
        ] = None,
        send_initial_events: Annotated[
            Optional[StrictBool],
            Field(
                description='`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection, followed by a synthetic "Bookmark" event. When set, `resourceVersionMatch` must be `NotOlderThan`. Watch only (see the description of the operation). '
            ),
        ] = None,
        shard_selector: Annotated[
            Optional[StrictStr],
            Field(
                description="shardSelector restricts the list of returned objects using a CEL-based shard selector expression built from `shardRange()` calls joined with `||`, e.g. `shardRange(object.metadata.uid, '0x0', '0x8000000000000000')`. The answer's `metadata.shardInfo` echoes it. This is an alpha field and requires enabling the ShardedListAndWatch feature gate; other servers ignore it. "
            ),
        ] = None,
        timeout_seconds: Annotated[
            Optional[StrictInt],
            Field(
                description="Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."
            ),
        ] = None,
        watch: Annotated[
            Optional[StrictBool],
            Field(
                description="Watch for changes to the described resources and return them as a stream of add, update, and remove notifications (see the description of the operation: read it with the `_stream` method, or `stencila_hub.kubernetes.watch_jobs`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AsyncStreamedResponse:
        """Awaits :meth:`BatchV1Api.list_namespaced_job_stream`: read the answer with ``async for chunk in
        resp.iter_bytes()`` and close it."""
        return await self.api_client.call(
            _list_namespaced_job,
            {
                "namespace": namespace,
                "pretty": pretty,
                "allow_watch_bookmarks": allow_watch_bookmarks,
                "_continue": _continue,
                "field_selector": field_selector,
                "label_selector": label_selector,
                "limit": limit,
                "resource_version": resource_version,
                "resource_version_match": resource_version_match,
                "send_initial_events": send_initial_events,
                "shard_selector": shard_selector,
                "timeout_seconds": timeout_seconds,
                "watch": watch,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            True,
        )

    async def patch_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            Dict[str, Any],
            Field(description='The merge patch, e.g. `{"status": {"conditions": [...]}}`.'),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. Optional for merge patches."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Partially update status of the specified Job. (``PATCH /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``): awaits :meth:`BatchV1Api.patch_namespaced_job_status`."""
        return await self.api_client.call(
            _patch_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def patch_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            Dict[str, Any],
            Field(description='The merge patch, e.g. `{"status": {"conditions": [...]}}`.'),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. Optional for merge patches."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Awaits :meth:`BatchV1Api.patch_namespaced_job_status_with_http_info`."""
        return await self.api_client.call(
            _patch_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def read_namespaced_job(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Read the specified Job. (``GET /apis/batch/v1/namespaces/{namespace}/jobs/{name}``): awaits :meth:`BatchV1Api.read_namespaced_job`."""
        return await self.api_client.call(
            _read_namespaced_job,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def read_namespaced_job_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Awaits :meth:`BatchV1Api.read_namespaced_job_with_http_info`."""
        return await self.api_client.call(
            _read_namespaced_job,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def read_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Read status of the specified Job. (``GET /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``): awaits :meth:`BatchV1Api.read_namespaced_job_status`."""
        return await self.api_client.call(
            _read_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def read_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Awaits :meth:`BatchV1Api.read_namespaced_job_status_with_http_info`."""
        return await self.api_client.call(
            _read_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def replace_namespaced_job_status(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            V1Job,
            Field(
                description="The Job, with the new `status` (and `metadata.resourceVersion` for a conditional update)."
            ),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> V1Job:
        """Replace status of the specified Job. (``PUT /apis/batch/v1/namespaces/{namespace}/jobs/{name}/status``): awaits :meth:`BatchV1Api.replace_namespaced_job_status`."""
        return await self.api_client.call(
            _replace_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def replace_namespaced_job_status_with_http_info(
        self,
        name: Annotated[StrictStr, Field(description="name of the Job")],
        namespace: Annotated[
            StrictStr,
            Field(description="object name and auth scope, such as for teams and projects"),
        ],
        body: Annotated[
            V1Job,
            Field(
                description="The Job, with the new `status` (and `metadata.resourceVersion` for a conditional update)."
            ),
        ],
        pretty: Annotated[
            Optional[StrictStr],
            Field(
                description="If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget)."
            ),
        ] = None,
        dry_run: Annotated[
            Optional[StrictStr],
            Field(
                description="When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed"
            ),
        ] = None,
        field_manager: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint."
            ),
        ] = None,
        field_validation: Annotated[
            Optional[StrictStr],
            Field(
                description="fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object,   and will ignore all but the last duplicate field that the decoder encounters. This is   the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each   unknown field that is dropped from the object, and for each duplicate field that is   encountered. The request will still succeed if there are no other errors, and will only   persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would   be dropped from the object, or if any duplicate fields are present. The error returned   from the server will contain all unknown and duplicate fields encountered. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[V1Job]:
        """Awaits :meth:`BatchV1Api.replace_namespaced_job_status_with_http_info`."""
        return await self.api_client.call(
            _replace_namespaced_job_status,
            {
                "name": name,
                "namespace": namespace,
                "body": body,
                "pretty": pretty,
                "dry_run": dry_run,
                "field_manager": field_manager,
                "field_validation": field_validation,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
