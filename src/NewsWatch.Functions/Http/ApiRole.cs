namespace NewsWatch.Functions.Http;

/// <summary>Who an HTTP route is for, and so which key opens it in Azure (docs/api.md, "Keys").</summary>
public enum ApiRole
{
    /// <summary>
    /// Reads alerts or health. Each route is opened by its own <c>reader</c> function key, which
    /// may travel in the URL (<c>?code=</c>) because feed readers and uptime monitors cannot send headers.
    /// </summary>
    Reader,

    /// <summary>Changes state or costs compute. Opened by the <c>admin</c> host key, sent in the <c>x-functions-key</c> header only.</summary>
    Admin,

    /// <summary>
    /// Called by WebSub hubs, which hold no key of ours: the route is anonymous, and what opens
    /// it is one subscription's unguessable token in the path, and for content the HMAC
    /// signature under that subscription's secret. An unknown token learns nothing.
    /// </summary>
    Hub,

    /// <summary>
    /// The dashboard's own files: anonymous, because a browser opening a page cannot send a key
    /// header and a key in its URL would leak. They hold no data; every call the page makes to
    /// the API sends the user's key, and the API's roles decide what it gets.
    /// </summary>
    Page,
}
