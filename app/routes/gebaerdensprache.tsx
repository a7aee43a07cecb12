/**
 * /gebaerdensprache: the site explained in Deutsche Gebärdensprache (BITV 2.0 § 4). The operator
 * configures the video (DGS_VIDEO_PATH, same site) and its captions (DGS_CAPTIONS_PATH, WebVTT);
 * the transcript (the Leichte-Sprache explanation the video signs) is always on the page, so the
 * page is complete without the video.
 */
import "../ui/accessibility/accessibility.css";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LS_START } from "../domain/accessibility/leichte-sprache";
import { LsSections } from "../ui/accessibility/LsSections";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Gebärdensprache") },
  { name: "description", content: "Informationen zur Sozialplattform in Deutscher Gebärdensprache, mit Untertiteln und Abschrift." },
];

export function loader({ context }: LoaderFunctionArgs) {
  const { DGS_VIDEO_PATH, DGS_CAPTIONS_PATH } = context.services.config;
  return { video: DGS_VIDEO_PATH ?? null, captions: DGS_CAPTIONS_PATH ?? null };
}

export default function Gebaerdensprache() {
  const { video, captions } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page" lang="de">
      <h1 className="kern-heading-large">Informationen in Deutscher Gebärdensprache</h1>
      <p className="kern-body kern-body--large">
        Hier erklären wir die Sozialplattform in Deutscher Gebärdensprache (DGS): was Sie hier finden, wie Sie sich zurechtfinden und wie Sie uns
        Barrieren melden.
      </p>
      {video ? (
        <figure>
          {/* Native controls: keyboard operable, no autoplay. Captions on by default. */}
          <video className="sp-dgs-video" controls preload="metadata" aria-describedby="dgs-abschrift-hinweis">
            <source src={video} />
            {captions ? <track kind="captions" src={captions} srcLang="de" label="Deutsch" default /> : null}
            <a className="kern-link" href={video}>
              Video herunterladen
            </a>
          </video>
          <figcaption className="kern-body" id="dgs-abschrift-hinweis">
            Video in Deutscher Gebärdensprache. Unter dem Video steht der Inhalt als Text.
          </figcaption>
        </figure>
      ) : (
        <p className="kern-body" id="dgs-kein-video">
          Das Video in Gebärdensprache ist auf dieser Installation noch nicht eingestellt. Den Inhalt finden Sie unten als Text.
        </p>
      )}
      <h2 className="kern-heading-medium" id="abschrift">
        Abschrift
      </h2>
      <LsSections sections={LS_START} level={3} />
      <p className="kern-body">
        <Link className="kern-link" to="/leichte-sprache">
          Dieselben Informationen in Leichter Sprache
        </Link>
      </p>
    </div>
  );
}
