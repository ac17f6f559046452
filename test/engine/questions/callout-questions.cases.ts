import type { QuestionCase } from "./questions.cases";

/**
 * Question callouts (`> [!question]`, `> [!faq]-`, `> [!help]`), as interview-prep and study vaults
 * write them: the title asks and the body answers, an answer callout follows, or the title is a
 * label and the body asks. Other callout types are never questions.
 */
export const CALLOUT_QUESTION_CASES: QuestionCase[] = [
  {
    name: "question callout: the title asks, the body answers (Korean)",
    note: "> [!question] 파드가 재시작되면 IP는 왜 바뀌지?\n> ReplicaSet이 **새 파드**를 만들기 때문이다.\n",
    expected: [{ line: 1, text: "파드가 재시작되면 IP는 왜 바뀌지?", status: "answered", answer: "ReplicaSet이 새 파드를 만들기 때문이다.", kind: "callout" }],
  },
  {
    name: "folded faq callout (English)",
    note: "> [!faq]- Why does etcd need an odd number of members?\n> A quorum of n/2+1 must agree; a fourth member adds no fault tolerance.\n\nNext paragraph.\n",
    expected: [{ line: 1, text: "Why does etcd need an odd number of members?", status: "answered", answer: "A quorum of n/2+1 must agree; a fourth member adds no fault tolerance." }],
  },
  {
    name: "expanded question callout whose title does not ask: a topic, the body its answer",
    note: "> [!faq]+ Docker vs Podman\n> Podman runs without a daemon, rootless by default.\n",
    expected: [{ line: 1, text: "Docker vs Podman", status: "answered" }],
  },
  {
    name: "help callout with no body is open",
    note: "> [!help] 헬름 차트 버전과 앱 버전은 뭐가 다르지?\n\n다음 문단\n",
    expected: [{ line: 1, text: "헬름 차트 버전과 앱 버전은 뭐가 다르지?", status: "open", answer: "" }],
  },
  {
    name: "question callout whose body only says it is not understood is unsure",
    note: "> [!question] CNI 플러그인은 언제 호출되지?\n> 잘 모르겠다. 다시 보기\n",
    expected: [{ line: 1, text: "CNI 플러그인은 언제 호출되지?", status: "unsure" }],
  },
  {
    name: "question callout answered by a success callout after it",
    note: "> [!question] A token leaked. How do you revoke a stateless JWT at once?\n\n> [!success]- Answer\n> Keep a short expiry and a deny list of token ids checked at the gateway.\n",
    expected: [{ line: 1, text: "A token leaked. How do you revoke a stateless JWT at once?", status: "answered", answer: "Answer\nKeep a short expiry and a deny list of token ids checked at the gateway." }],
  },
  {
    name: "a tip callout after a question callout is not its answer unless titled so",
    note: "> [!question] 롤백은 어떻게 하지?\n\n> [!tip] 참고 링크\n> 공식 문서\n",
    expected: [{ line: 1, text: "롤백은 어떻게 하지?", status: "open" }],
  },
  {
    name: "a label title (Exercise 3): the question is the body's, open until answered",
    note: "## Problem\n\n> [!question] Exercise 3\n> Does a Deployment keep the old ReplicaSet after a rollout?\n\n## Hints\n",
    expected: [{ line: 4, text: "Does a Deployment keep the old ReplicaSet after a rollout?", status: "open", kind: "callout" }],
  },
  {
    name: "a label title over a list of questions: each item is a question",
    note: "> [!question] Explain it cold\n>\n> - Why is a container not a security boundary?\n> - What does the kubelet do when a probe fails?\n",
    expected: [
      { line: 3, text: "Why is a container not a security boundary?", status: "open" },
      { line: 4, text: "What does the kubelet do when a probe fails?", status: "open" },
    ],
  },
  {
    name: "no title: the body's line that asks is the question, the rest its answer",
    note: "> [!question]\n> 인그레스 컨트롤러는 왜 따로 설치하지?\n> 쿠버네티스는 Ingress API만 정의하고, 구현은 컨트롤러에 맡기기 때문.\n",
    expected: [{ line: 2, text: "인그레스 컨트롤러는 왜 따로 설치하지?", status: "answered", answer: "쿠버네티스는 Ingress API만 정의하고, 구현은 컨트롤러에 맡기기 때문." }],
  },
  {
    name: "trap: no title and a body that does not ask (a callout shown in documentation) is no question",
    note: "> [!question]\n> Aliases: \"question\", \"help\", \"faq\"\n",
    expected: [],
  },
  {
    name: "a callout nested in a list item (indented four columns)",
    note: "- 쿠버네티스 스터디 3주차\n    > [!question]- kube-proxy는 무슨 일을 하지?\n    > 서비스 IP로 온 트래픽을 파드로 보낸다 (iptables / IPVS).\n- 다음 항목\n",
    expected: [{ line: 2, text: "kube-proxy는 무슨 일을 하지?", status: "answered", answer: "서비스 IP로 온 트래픽을 파드로 보낸다 (iptables / IPVS)." }],
  },
  {
    name: "a callout inside a question callout's body is its answer",
    note: "> [!question]+ Can callouts be nested?\n>\n> > [!todo]- Yes, they can. And folded?\n> > Yes.\n",
    expected: [{ line: 1, text: "Can callouts be nested?", status: "answered" }],
  },
  {
    name: "a Q. marker in a callout title is the same question",
    note: "> [!faq] Q. 도커 볼륨은 어디에 저장되지?\n> /var/lib/docker/volumes 아래\n",
    expected: [{ line: 1, text: "도커 볼륨은 어디에 저장되지?", status: "answered" }],
  },
  {
    name: "trap: note, tip and custom callouts that ask are not questions",
    note: "> [!note] 왜 이렇게 느릴까?\n> 캐시가 없어서.\n\n> [!Think]\n> 잡종 구조를 쓰면 일이 두 배가 되는 것일까?!\n\n> [!tip] Why not use alpine?\n> musl.\n",
    expected: [],
  },
  {
    name: "trap: a callout written in a code block is not a question",
    note: "```markdown\n> [!question] 이건 예시일 뿐?\n> 답\n```\n",
    expected: [],
  },
  {
    name: "trap: a plain block quote that asks is not a question",
    note: "> 선배님 말씀: 컨테이너는 보안 경계가 아니다?\n",
    expected: [],
  },
];
