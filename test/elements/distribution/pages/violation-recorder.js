// A classic script, first in the snippet pages' <head>: records every Content-Security-
// Policy violation from the start of parsing, before any snippet markup is read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`.trim());
});
