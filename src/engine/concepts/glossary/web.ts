import type { ConceptDef, RelationDef } from "./concept-types";

/** Web: web servers, proxies, load balancing and the protocols around them. */
export const WEB_CONCEPTS: readonly ConceptDef[] = [
  { id: "nginx", name: "nginx", category: "web", en: ["engine-x"], ko: ["엔진엑스"] },
  {
    id: "apache-httpd", name: "Apache HTTP Server", category: "web",
    // A bare `Apache` / 아파치 is read by context (Apache Kafka is not this): contextual-words.ts.
    en: ["apache", "httpd", "apache2", "apache httpd", "apache web server", "apache http"], ko: ["아파치", "아파치 웹 서버"],
  },
  { id: "tomcat", name: "Apache Tomcat", category: "web", en: ["tomcat"], ko: ["톰캣"] },
  { id: "haproxy", name: "HAProxy", category: "web" },
  {
    id: "load-balancer", name: "Load balancer", category: "web",
    en: ["load balancers", "load balancing"], exact: ["LB", "LBs"], ko: ["로드 밸런서", "로드 밸런싱", "부하 분산"],
  },
  { id: "reverse-proxy", name: "Reverse proxy", category: "web", en: ["reverse proxies"], ko: ["리버스 프록시", "역방향 프록시"] },
  { id: "cors", name: "CORS", category: "web", en: ["cross-origin resource sharing"] },
  { id: "dns", name: "DNS", category: "web", en: ["domain name system"] },
  { id: "tls", name: "TLS", category: "web", en: ["ssl", "ssl/tls", "transport layer security"] },
  { id: "lets-encrypt", name: "Let's Encrypt", category: "web", en: ["letsencrypt", "certbot"], ko: ["렛츠 인크립트"] },
  // A Kubernetes controller that asks Let's Encrypt (or another issuer) for certificates: not the issuer itself.
  { id: "cert-manager", name: "cert-manager", category: "web", domains: ["web", "kubernetes"], en: ["certmanager"] },
  { id: "cdn", name: "CDN", category: "web", en: ["content delivery network", "content delivery networks"] },
  // The pattern and the managed services named after it (Amazon API Gateway): one concept.
  { id: "api-gateway", name: "API gateway", category: "web", domains: ["web", "cloud"], en: ["api gateways"], ko: ["API 게이트웨이"] },
  { id: "cloudflare", name: "Cloudflare", category: "web", en: ["cloudflare tunnel"], ko: ["클라우드플레어"] },
  { id: "traefik", name: "Traefik", category: "web", domains: ["web", "kubernetes", "container"], en: ["traefik proxy"] },
  { id: "jwt", name: "JWT", category: "web", en: ["json web token", "json web tokens", "jwts"] },
  { id: "mtls", name: "mTLS", category: "web", domains: ["web", "kubernetes"], en: ["mutual tls", "mutual tls authentication"], ko: ["상호 TLS"] },
];

export const WEB_RELATIONS: readonly RelationDef[] = [
  ["nginx", "kind-of", "reverse-proxy"],
  ["nginx", "alternative-to", "apache-httpd"],
  ["tomcat", "alternative-to", "apache-httpd"],
  ["haproxy", "kind-of", "load-balancer"],
  ["reverse-proxy", "uses", "tls"],
  ["lets-encrypt", "uses", "tls"],
  ["cert-manager", "uses", "lets-encrypt"],
  ["cert-manager", "runs-on", "kubernetes"],
  ["cloudflare", "kind-of", "cdn"],
  ["microservices", "uses", "api-gateway"],
  ["aws-lambda", "uses", "api-gateway"],
  ["cloudflare", "uses", "dns"],
  ["traefik", "kind-of", "reverse-proxy"],
  ["traefik", "alternative-to", "nginx"],
  ["mtls", "kind-of", "tls"],
  ["service-mesh", "uses", "mtls"],
];
