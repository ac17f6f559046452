/**
 * A question edited a little is the same card; a question rewritten is a new one. Each case is
 * one note before and after an edit to its one question (answered, so it is a card): `same` says
 * whether the card graded before must be the card found after.
 */
export interface IdentityCase {
  name: string;
  before: string;
  after: string;
  same: boolean;
}

const answer = "\n-> 컨테이너를 실행하는 도구\n";

export const IDENTITY_CASES: IdentityCase[] = [
  { name: "a mention linked, alias and particle outside (what Link this mention writes)", before: "Q. 도커는 무엇인가?" + answer, after: "Q. [[Docker|도커]]는 무엇인가?" + answer, same: true },
  { name: "a mention linked without an alias", before: "Q. What is Docker?" + answer, after: "Q. What is [[Docker]]?" + answer, same: true },
  { name: "a markdown link added", before: "Q. cgroup은 무엇을 제한하나?" + answer, after: "Q. [cgroup](https://docs.kernel.org/admin-guide/cgroup-v2.html)은 무엇을 제한하나?" + answer, same: true },
  { name: "the marker retyped, Q. to Q:", before: "Q. 파드란?" + answer, after: "Q: 파드란?" + answer, same: true },
  { name: "highlight turned to bold", before: "==Q. 이게 도커인건가?==" + answer, after: "**Q. 이게 도커인건가?**" + answer, same: true },
  { name: "the question mark dropped", before: "Q. 도커란?" + answer, after: "Q. 도커란" + answer, same: true },
  { name: "full-width punctuation and spacing", before: "Q. 도커란?" + answer, after: "Q.  도커란 ？" + answer, same: true },
  { name: "code marks around a word", before: "Q. docker run은 무엇을 하나?" + answer, after: "Q. `docker run`은 무엇을 하나?" + answer, same: true },
  { name: "an English typo fixed", before: "Q. What does kubernates schedule?" + answer, after: "Q. What does kubernetes schedule?" + answer, same: true },
  { name: "a Korean ending fixed", before: "Q. 컨테이너 이미지는 어떻게 만들어지나?" + answer, after: "Q. 컨테이너 이미지는 어떻게 만들어지는가?" + answer, same: true },
  { name: "a case change", before: "Q. what is a Layer?" + answer, after: "Q. What is a layer?" + answer, same: true },
  { name: "a link and a typo at once", before: "Q. 도커 이미지의 레이여는?" + answer, after: "Q. [[Docker|도커]] 이미지의 레이어는?" + answer, same: true },
  // As Korean study notes often write them: a space before the particle or the question mark, fixed later.
  { name: "spacing before a particle and the question mark fixed", before: "Q: 로드밸런서 란 ?" + answer, after: "Q: 로드밸런서란?" + answer, same: true },
  {
    name: "a question in a quoted heading, its terms linked and its spacing fixed",
    before: "> ### Q: 리버스 프록시(RP) 와 로드밸런서(LB) 의 차이 ?\n> 앞단에서 요청을 나눈다\n",
    after: "> ### Q: [[리버스 프록시]](RP)와 [[로드밸런서]](LB)의 차이?\n> 앞단에서 요청을 나눈다\n",
    same: true,
  },
  // Traps: a different question is a new card, however alike it looks.
  { name: "trap: rewritten in other words", before: "Q. 도커란?" + answer, after: "Q. 도커는 무엇인가?" + answer, same: false },
  { name: "trap: another concept asked about", before: "Q. 도커란?" + answer, after: "Q. 파드란?" + answer, same: false },
  { name: "trap: a short English question changed by one word", before: "Q. Why LXC?" + answer, after: "Q. Why Podman?" + answer, same: false },
];
