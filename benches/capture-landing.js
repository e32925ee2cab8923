// The app's landing view as HTML, with "Start a new decision" pointing at the floor
// page's static step (#floor-step) and without "Continue".
const landing = document.querySelector("main .landing").cloneNode(true);
landing.querySelector("#start-decision").setAttribute("href", "#floor-step");
landing.querySelectorAll("#continue-decision").forEach((element) => element.remove());
return landing.outerHTML;
