/// The page's only script: progressive enhancement, the pages read the same without it.
///
/// It shows times as "5 minutes ago" (the UTC time stays in the tooltip), and when a citation is followed or hovered
/// it lights up the whole cited span in the source below, which plain anchors cannot do for overlapping spans.
enum StaticScript {
    static let javascript = #"""
    "use strict";
    (function () {
      function relative(date) {
        var seconds = Math.round((Date.now() - date.getTime()) / 1000);
        if (isNaN(seconds)) return null;
        if (seconds < 45) return "just now";
        var units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60]];
        for (var i = 0; i < units.length; i++) {
          var count = Math.floor(Math.abs(seconds) / units[i][1]);
          if (count >= 1) return count + " " + units[i][0] + (count === 1 ? "" : "s") + (seconds < 0 ? " from now" : " ago");
        }
        return "just now";
      }
      function marksFor(id) {
        return Array.prototype.filter.call(document.querySelectorAll("mark[data-c]"), function (mark) {
          return mark.getAttribute("data-c").split(" ").indexOf(id) !== -1;
        });
      }
      function clear(name) {
        Array.prototype.forEach.call(document.querySelectorAll("mark." + name), function (mark) {
          mark.classList.remove(name);
        });
      }
      function light(id, name) {
        clear(name);
        if (!id) return;
        marksFor(id).forEach(function (mark) { mark.classList.add(name); });
      }
      function fromHash() {
        var id = decodeURIComponent(location.hash.slice(1));
        light(id.charAt(0) === "c" ? id : "", "active");
      }
      document.addEventListener("DOMContentLoaded", function () {
        Array.prototype.forEach.call(document.querySelectorAll("time[datetime]"), function (element) {
          var text = relative(new Date(element.getAttribute("datetime")));
          if (text && element.getAttribute("datetime").length > 10) {
            element.title = element.textContent;
            element.textContent = text;
          }
        });
        Array.prototype.forEach.call(document.querySelectorAll("a.cite"), function (link) {
          var id = link.getAttribute("data-target");
          link.addEventListener("mouseenter", function () { light(id, "hover"); });
          link.addEventListener("mouseleave", function () { clear("hover"); });
          link.addEventListener("focus", function () { light(id, "hover"); });
          link.addEventListener("blur", function () { clear("hover"); });
        });
        window.addEventListener("hashchange", fromHash);
        fromHash();
      });
    })();
    """#
}
