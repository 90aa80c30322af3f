package gpu

import "testing"

// hit is one expected match: canonical name, vendor and mention text.
type hit struct{ name, vendor, text string }

var findCases = []struct {
	text string
	want []hit
}{
	{"The agreement provides access to compute equipped with Nvidia's GB300 GPUs.", []hit{{"GB300", Nvidia, "GB300"}}},
	{"L'accord donne accès à une infrastructure équipée des GPU GB300 de Nvidia.", []hit{{"GB300", Nvidia, "GB300"}}},
	{"Washington a autorisé l'exportation des puces H20 vers la Chine.", []hit{{"H20", Nvidia, "H20"}}},
	{"Le cluster compte des GPU Blackwell B200 refroidis par liquide.", []hit{{"B200", Nvidia, "Blackwell B200"}}},
	{"xAI's Colossus packs 100,000 H100s in Memphis.", []hit{{"H100", Nvidia, "H100"}}},
	{"CoreWeave was first to deploy GB200 NVL72 systems at scale.", []hit{{"GB200 NVL72", Nvidia, "GB200 NVL72"}}},
	{"Microsoft launched its first cluster of Nvidia’s GB300 NVL72 systems.", []hit{{"GB300 NVL72", Nvidia, "GB300 NVL72"}}},
	{"OpenAI will build a one-gigawatt facility based on MI450 chips.", []hit{{"MI450", AMD, "MI450"}}},
	{"Oracle will offer AMD Instinct MI355X accelerators in its cloud.", []hit{{"MI355X", AMD, "Instinct MI355X"}}},
	{"Les puces MI300X d'AMD équipent déjà Azure.", []hit{{"MI300X", AMD, "MI300X"}}},
	{"AMD's Instinct AI GPUs power the new deployment.", []hit{{"Instinct", AMD, "Instinct"}}},
	{"The deal covers MI325X and MI350X parts.", []hit{{"MI325X", AMD, "MI325X"}, {"MI350X", AMD, "MI350X"}}},
	{"Google's TPU v5e is aimed at inference.", []hit{{"TPU v5e", Google, "TPU v5e"}}},
	{"Customers can rent TPU v5p pods by the hour.", []hit{{"TPU v5p", Google, "TPU v5p"}}},
	{"Older TPUv4 pods are being retired.", []hit{{"TPU v4", Google, "TPUv4"}}},
	{"Anthropic will use up to one million Ironwood TPUs.", []hit{{"TPU v7", Google, "Ironwood TPU"}}},
	{"Trillium, Google's sixth-generation TPU, is now generally available.", []hit{{"TPU v6e", Google, "Trillium"}, {"TPU", Google, "TPU"}}},
	{"OpenAI will rent TPUs through Google Cloud.", []hit{{"TPU", Google, "TPUs"}}},
	{"Samsung will make Tesla's AI6 chips in Texas.", []hit{{"AI6", Tesla, "AI6"}}},
	{"La puce AI5 de Tesla sera gravée par TSMC.", []hit{{"AI5", Tesla, "AI5"}}},
	{"The AI5 team met on Monday.", nil},
	{"Google a dévoilé sa puce Ironwood pour l'inférence.", []hit{{"TPU v7", Google, "Ironwood"}}},
	{"Anthropic trains its models on AWS Trainium2 chips.", []hit{{"Trainium2", Amazon, "Trainium2"}}},
	{"Amazon previewed Trainium 3 at re:Invent.", []hit{{"Trainium3", Amazon, "Trainium 3"}}},
	{"Inferentia2 instances serve the smaller models.", []hit{{"Inferentia2", Amazon, "Inferentia2"}}},
	{"Intel positions its Gaudi 3 accelerators against the H100.", []hit{{"Gaudi 3", Intel, "Gaudi 3"}, {"H100", Nvidia, "H100"}}},
	{"Intel says Gaudi2 remains in production.", []hit{{"Gaudi 2", Intel, "Gaudi2"}}},
	{"Microsoft's Maia 100 chip runs some Copilot workloads.", []hit{{"Maia 100", Microsoft, "Maia 100"}}},
	{"Meta is ramping its MTIA v2 inference chip.", []hit{{"MTIA v2", Meta, "MTIA v2"}}},
	{"Cerebras built the WSE-3, a wafer-scale processor.", []hit{{"WSE-3", Cerebras, "WSE-3"}}},
	{"Groq's LPUs will be installed in Helsinki.", []hit{{"LPU", Groq, "LPU"}}},
	{"Nebius will deploy Vera Rubin NVL144 racks next year.", []hit{{"Vera Rubin NVL144", Nvidia, "Vera Rubin NVL144"}}},
	{"Nvidia unveiled Rubin CPX for long-context inference.", []hit{{"Rubin CPX", Nvidia, "Rubin CPX"}}},
	{"The first Blackwell Ultra GPUs ship this quarter.", []hit{{"B300", Nvidia, "Blackwell Ultra"}}},
	{"L'accord prévoit 18 000 systèmes NVIDIA Grace Blackwell.", []hit{{"GB200", Nvidia, "Grace Blackwell"}}},
	{"The GH200 Grace Hopper Superchip combines a CPU and a GPU.", []hit{{"GH200", Nvidia, "GH200 Grace Hopper"}}},
	{"The first phase will use Nvidia's Vera Rubin platform.", []hit{{"Vera Rubin", Nvidia, "Vera Rubin"}}},
	{"The halls will take Nvidia's coming Vera-Rubin accelerator family.", []hit{{"Vera Rubin", Nvidia, "Vera-Rubin"}}},
	{"The deal gives Meta access to Nvidia's latest line of GPUs, branded as Blackwell.", []hit{{"Blackwell", Nvidia, "Blackwell"}}},
	{"Nvidia's Hopper architecture still dominates training.", []hit{{"Hopper", Nvidia, "Hopper"}}},
	{"Servers built on the L40S are cheaper to run.", []hit{{"L40S", Nvidia, "L40S"}}},
	{"Supermicro ships HGX H200 servers.", []hit{{"H200", Nvidia, "HGX H200"}}},
	{"A DGX B200 costs about half a million dollars.", []hit{{"B200", Nvidia, "DGX B200"}}},
	{"Nvidia's H800 and A800 chips were designed for China.", []hit{{"H800", Nvidia, "H800"}, {"A800", Nvidia, "A800"}}},
	{"Nvidia is preparing a China-specific B30A chip.", []hit{{"B30A", Nvidia, "B30A"}}},
	{"Huawei's Ascend 910C is China's answer to the H100.", []hit{{"Ascend 910C", Huawei, "Ascend 910C"}, {"H100", Nvidia, "H100"}}},
	{"Microsoft bought more GB300s than any other customer.", []hit{{"GB300", Nvidia, "GB300"}}},
	{"Qualcomm unveiled its AI200 and AI250 accelerators for data centers.", []hit{{"AI200", Qualcomm, "AI200"}, {"AI250", Qualcomm, "AI250"}}},
	{"The AI200 plan was approved by the regulator.", nil},

	// Traps: codes, half-years, motorways, people and places.
	{"Le référentiel GB2025 impose de nouvelles règles.", nil},
	{"Revenue in H1 2026 rose 20% while H2 2025 was flat.", nil},
	{"Its B2B business grew faster than B2C.", nil},
	{"Le site se trouve le long de l'autoroute A10, près d'Orléans.", nil},
	{"Robert Rubin, the former Treasury secretary, joined the board.", nil},
	{"The town of Blackwell, Oklahoma, approved the tax abatement.", nil},
	{"The Vera Rubin Observatory released its first images.", nil},
	{"MI5 and MI6 are British intelligence services.", nil},
	{"Airbus delivered A350 and A380 jets and an A400M transport.", nil},
	{"La Sagrada Família de Gaudí attire des millions de visiteurs.", nil},
	{"Grace Hopper was a pioneer of computer programming.", nil},
	{"Nvidia et trois centres de données en France.", nil},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		got := Find(c.text)
		for _, m := range got {
			if m.Start < 0 || m.End > len(c.text) || m.Start > m.End || c.text[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): bad offsets %+v", c.text, m)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("Find(%q) = %+v, want %+v", c.text, got, c.want)
			continue
		}
		for k, w := range c.want {
			if g := got[k]; g.Name != w.name || g.Vendor != w.vendor || g.Text != w.text {
				t.Errorf("Find(%q)[%d] = {%q %q %q}, want %+v", c.text, k, g.Name, g.Vendor, g.Text, w)
			}
		}
	}
}
