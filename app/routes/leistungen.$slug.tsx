import "../ui/benefits/benefits.css";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { benefitPage } from "../domain/benefits/catalog";
import { resolveBenefitSlug } from "../domain/benefits/slugs";
import { localDateInBerlin } from "../domain/shared/dates";
import { BenefitArticle } from "../ui/benefits/BenefitArticle";
import { pageTitle } from "../ui/meta";

/** One benefit: texts from the catalog, key figures in force today (Europe/Berlin). Old names redirect permanently. */
export function loader({ params }: LoaderFunctionArgs) {
  const requested = params.slug ?? "";
  const slug = resolveBenefitSlug(requested);
  if (!slug) throw new Response(null, { status: 404 });
  if (slug !== requested) throw redirect(`/leistungen/${slug}`, 301);
  return benefitPage(slug, localDateInBerlin(new Date()));
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: pageTitle(data.titel) }, { name: "description", content: data.kurzbeschreibung }] : [];

export default function Leistung() {
  return <BenefitArticle page={useLoaderData<typeof loader>()} />;
}
