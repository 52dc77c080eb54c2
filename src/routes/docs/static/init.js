// Starts Swagger UI on the document this Worker serves. A file, not an inline script, so the page's
// Content-Security-Policy can allow scripts from this origin only.
window.addEventListener("load", () => {
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 1,
    displayOperationId: true,
    displayRequestDuration: true,
    filter: true,
    showExtensions: true,
    showCommonExtensions: true,
    persistAuthorization: false,
    // No third-party validator badge: the page works offline and talks to this origin only.
    validatorUrl: null,
  });
});
