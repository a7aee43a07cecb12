import "../ui/benefits/benefits.css";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { benefitPage } from "../domain/benefits/catalog";
import { resolveBenefitSlug } from "../domain/benefits/slugs";
import { normalisePlz } from "../domain/kommune/zustaendigkeit";
import { localDateInBerlin } from "../domain/shared/dates";
import { zustaendigeStellenAt } from "../server/kommune/kommunen.server";
import { BenefitArticle } from "../ui/benefits/BenefitArticle";
import { ZustaendigeStelleSuche } from "../ui/kommune/ZustaendigeStelleSuche";
import { pageTitle } from "../ui/meta";

/**
 * One benefit: texts from the catalog, key figures in force today (Europe/Berlin). Old names
 * redirect permanently (keeping `?plz=`). With `?plz=` the responsible office of the Kommune of
 * that PLZ, if it has entered one ("Zuständige Stelle").
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const requested = params.slug ?? "";
  const slug = resolveBenefitSlug(requested);
  if (!slug) throw new Response(null, { status: 404 });
  const search = new URL(request.url).search;
  if (slug !== requested) throw redirect(`/leistungen/${slug}${search}`, 301);
  const plz = (new URL(request.url).searchParams.get("plz") ?? "").trim().slice(0, 20);
  const gueltig = normalisePlz(plz) !== null;
  const stellen = gueltig ? ((await zustaendigeStellenAt(context.services.db.prisma, plz, [slug]))[slug] ?? []) : [];
  return { page: benefitPage(slug, localDateInBerlin(new Date())), suche: { plz, gueltig, stellen } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: pageTitle(data.page.titel) }, { name: "description", content: data.page.kurzbeschreibung }] : [];

export default function Leistung() {
  const { page, suche } = useLoaderData<typeof loader>();
  return <BenefitArticle page={page} zustaendig={<ZustaendigeStelleSuche slug={page.slug} stellenart={page.antrag.stellenart} suche={suche} />} />;
}
