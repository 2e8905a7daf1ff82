/** One assessment: the questionnaire while it is a draft, the report once submitted. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { diagnosisApi } from './api.ts';
import AssessmentReport from './AssessmentReport.tsx';
import Questionnaire from './Questionnaire.tsx';

export default function AssessmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useParams().id ?? '';
  const assessment = useQuery({ queryKey: ['assessment', id], queryFn: () => diagnosisApi.get(id) });
  const modelId = assessment.data?.modelId;
  const model = useQuery({
    queryKey: ['diagnosis-model', modelId],
    queryFn: () => diagnosisApi.model(modelId ?? ''),
    enabled: modelId !== undefined,
    staleTime: Infinity,
  });
  if (!assessment.data || !model.data) {
    return <PageLoading />;
  }
  const a = assessment.data;
  return (
    <>
      <Button
        type="link"
        icon={<LeftOutlined />}
        className="no-print"
        onClick={() => navigate('/enterprise/diagnosis')}
      >
        {t('diagnosis.myAssessments')}
      </Button>
      {a.status === 'submitted' && a.result ? (
        <AssessmentReport model={model.data} assessment={a} result={a.result} />
      ) : (
        <Questionnaire
          key={a.version}
          model={model.data}
          assessment={a}
          onChanged={(next) => {
            queryClient.setQueryData(['assessment', id], next);
            void queryClient.invalidateQueries({ queryKey: ['my-assessments'] });
          }}
        />
      )}
    </>
  );
}
