// Starts Swagger UI on the offline /api/docs page (no inline script: the CSP forbids it).
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: el.getAttribute("data-spec"),
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
  });
})();
