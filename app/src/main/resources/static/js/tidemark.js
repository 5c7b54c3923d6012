// Progressive enhancement only: every page works without it (forms post, links navigate).
// GOV.UK Frontend's components (the service navigation toggle, error summaries that take focus, ...).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// After htmx swaps part of a page in, give the new part's components their behaviour too.
document.body.addEventListener('htmx:afterSwap', (event) => initAll({ scope: event.detail.target }));

// The report form: picking a person from the school list fills their block's role (the server fills it too).
document.body.addEventListener('change', (event) => {
  const picked = event.target;
  const block = /^people\[(\d+)\]\.personId$/.exec(picked.name || '');
  if (!block) return;
  const list = document.getElementById('roster-' + block[1]);
  const known = list && Array.from(list.querySelectorAll('[data-person]'))
    .find((span) => span.getAttribute('data-person') === picked.value);
  const role = picked.form && picked.form.elements['people[' + block[1] + '].role'];
  if (known && role && !role.value) role.value = known.getAttribute('data-role');
});

// The dashboard's counts and filters are folded away on a phone (a details element, closed in the page); on a wider
// screen they are there to see, so the script opens them. Without it they stay one click away.
// (also when a window is widened, or a tablet turned, after the page loaded)
const wide = window.matchMedia('(min-width: 40.0625em)');
const openWhenWide = () => {
  if (wide.matches) {
    document.querySelectorAll('details[data-open-wide]').forEach((details) => { details.open = true; });
  }
};
openWhenWide();
wide.addEventListener('change', openWhenWide);
