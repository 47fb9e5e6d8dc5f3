// Swagger UI over the served description (JSON, the same document every client reads).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null
  });
};
