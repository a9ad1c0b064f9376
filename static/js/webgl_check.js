// Reveal the page's "#map-webgl-missing" notice when this browser cannot draw WebGL (the map would stay blank).
(function () {
  var canvas = document.createElement("canvas");
  var ok = false;
  try {
    ok = !!(window.WebGLRenderingContext && (canvas.getContext("webgl2") || canvas.getContext("webgl")));
  } catch (e) {}
  var notice = document.getElementById("map-webgl-missing");
  if (!ok && notice) {
    notice.hidden = false;
  }
})();
